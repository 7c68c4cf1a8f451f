using System.IO.Compression;
using System.Text;

namespace Saas.Files.Tests;

/// <summary>Hostile files built in memory: zip and PDF bombs, PDFs with active content.</summary>
public static class Bombs
{
    /// <summary>A well-formed DOCX whose document.xml inflates to about <paramref name="inflatedBytes"/> of one letter.</summary>
    public static byte[] Docx(long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Write(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                document.Write(chunk);
            }
            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return buffer.ToArray();
    }

    /// <summary>A plain zip with many empty entries.</summary>
    public static byte[] ManyEntries(int count)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"e{i}.xml", CompressionLevel.NoCompression);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A minimal PDF with the given extra objects (dictionaries) and streams, with an xref good enough for lenient readers.</summary>
    public static byte[] Pdf(string extraObjects = "", byte[]? streamData = null, string streamDictionary = "", byte[]? trailer = null)
    {
        using var pdf = new MemoryStream();
        void Text(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Text("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Text("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        Text(extraObjects);
        if (streamData is not null)
        {
            Text($"9 0 obj\n<< {streamDictionary} /Length {streamData.Length} >>\nstream\n");
            pdf.Write(streamData);
            Text("\nendstream\nendobj\n");
        }
        Text("trailer\n<< /Root 1 0 R >>\n%%EOF\n");
        if (trailer is not null)
        {
            pdf.Write(trailer);
        }
        return pdf.ToArray();
    }

    /// <summary>zlib data of <paramref name="inflatedBytes"/> zeros.</summary>
    public static byte[] Zlib(long inflatedBytes, byte[]? prefix = null)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            if (prefix is not null)
            {
                zlib.Write(prefix);
            }
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The first bytes of a Windows executable: MZ, e_lfanew = 0x40, then the PE signature.</summary>
    public static byte[] PeHeader()
    {
        var pe = new byte[0x80];
        pe[0] = (byte)'M';
        pe[1] = (byte)'Z';
        pe[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x40));
        return pe;
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content.Trim());
    }
}
