using System.Text;

namespace Saas.Signatures.Tests;

/// <summary>
/// The same one-page PDF with a cross-reference stream instead of a table (PDF 1.5+, what most current writers produce),
/// uncompressed so the test needs no encoder: /W [1 4 2], one row per object.
/// </summary>
public static class SamplePdfWithXrefStream
{
    public static byte[] Create(string text)
    {
        var stream = $"BT /F1 14 Tf 72 770 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var file = new MemoryStream();
        void Write(string s) => file.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(file.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xrefAt = file.Position;
        offsets.Add(xrefAt); // the cross-reference stream is object 6
        var rows = new MemoryStream();
        rows.Write([0, 0, 0, 0, 0, 0xff, 0xff]); // object 0: free
        foreach (var o in offsets)
        {
            rows.Write([1, (byte)(o >> 24), (byte)(o >> 16), (byte)(o >> 8), (byte)o, 0, 0]);
        }
        Write($"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        file.Write(rows.ToArray());
        Write($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        return file.ToArray();
    }
}
