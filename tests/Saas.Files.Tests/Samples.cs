using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Saas.Files.Tests;

/// <summary>Real minimal files generated in memory, so the tests need no binary fixtures.</summary>
public static class Samples
{
    public const string Vietnamese = "Công văn về việc triển khai chuyển đổi số";
    public const string Ascii = "Cong van ve viec trien khai chuyen doi so";

    // PdfPig's standard 14 fonts only encode WinAnsi, which has no "ệ", "ổ"...; a TrueType font from the
    // system carries them. Debian's fonts-dejavu / fonts-liberation are on the dev and CI machines.
    private static readonly string[] UnicodeFonts =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    public static string? UnicodeFontPath => UnicodeFonts.FirstOrDefault(File.Exists);

    /// <summary>
    /// A one-page PDF with the Vietnamese sentence, or the ASCII one when no Unicode TrueType font is installed
    /// (then the test asserts on <see cref="ExpectedPdfText"/>, which follows).
    /// </summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        if (UnicodeFontPath is { } path)
        {
            var font = builder.AddTrueTypeFont(File.ReadAllBytes(path));
            page.AddText(Vietnamese, 12, new PdfPoint(50, 750), font);
        }
        else
        {
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            page.AddText(Ascii, 12, new PdfPoint(50, 750), font);
        }
        return builder.Build();
    }

    public static string ExpectedPdfText => UnicodeFontPath is null ? Ascii : Vietnamese;

    public static byte[] Docx(string text = Vietnamese)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("ỦY BAN NHÂN DÂN"))),
                new W.Paragraph(new W.Run(new W.Text(text)))));
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData());
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sổ" }));
        }
        return buffer.ToArray();
    }

    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }
        return buffer.ToArray();
    }

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 5, 6, 7, 8];

    public static byte[] TiffLittleEndian() => [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0, 0];

    public static byte[] TiffBigEndian() => [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0, 0];

    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[64]];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] XmlWithBom() => [0xEF, 0xBB, 0xBF, .. "<?xml version=\"1.0\"?><edXML/>"u8];

    /// <summary>
    /// A minimal OLE compound file (version 3, 512-byte sectors): FAT in sector 0, directory in sector 1 with the
    /// root entry and up to three streams linked as siblings. Enough for the sniffer, which reads only names.
    /// </summary>
    public static byte[] CompoundFile(params string[] rootStreams)
    {
        const uint NoStream = 0xFFFFFFFF;
        const uint EndOfChain = 0xFFFFFFFE;
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], i == 0 ? 0 : NoStream);
        }

        var fat = file.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);

        var directory = file.AsSpan(1024, 512);
        WriteEntry(directory[..128], "Root Entry", type: 5, right: NoStream, child: rootStreams.Length > 0 ? 1 : NoStream);
        for (var i = 0; i < Math.Min(rootStreams.Length, 3); i++)
        {
            // Each stream is the right sibling of the previous one: a (degenerate) tree the sniffer must walk.
            var right = i + 1 < Math.Min(rootStreams.Length, 3) ? (uint)(i + 2) : NoStream;
            WriteEntry(directory.Slice(128 * (i + 1), 128), rootStreams[i], type: 2, right: right, child: NoStream);
        }
        return file;

        static void WriteEntry(Span<byte> entry, string name, byte type, uint right, uint child)
        {
            var nameBytes = Encoding.Unicode.GetBytes(name);
            nameBytes.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(nameBytes.Length + 2));
            entry[0x42] = type;
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], EndOfChain);
        }
    }
}
