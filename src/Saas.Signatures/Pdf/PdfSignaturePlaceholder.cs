using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Saas.Signatures.Signing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Saas.Signatures.Pdf;

/// <summary>
/// Appends a signature to a PDF as an incremental update: the original bytes are kept untouched (so the signatures
/// already in the file still cover exactly what they covered), and the update adds a /Sig dictionary, an invisible
/// widget that is also the signature field, the catalog's /AcroForm with the new field, the first page's /Annots with the
/// widget, and a cross-reference section of the kind the file already uses (a classic table, or a cross-reference stream
/// when the file's last section is one, because a table cannot be chained after a stream for every reader).
/// PdfPig reads the existing objects (it resolves cross-reference streams and object streams); the update is written here
/// because no served library appends a signature field without rewriting the file.
/// </summary>
public static partial class PdfSignaturePlaceholder
{
    /// <summary>Room for the CMS container: a 2048- or 4096-bit signature with a chain of a few certificates.</summary>
    public const int DefaultRoom = 16384;

    // Wide enough for four 10-digit numbers; the real array is written over it, padded with spaces.
    private const int ByteRangeWidth = 44;

    [GeneratedRegex(@"startxref\s+(\d{1,10})\s+%%EOF", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex StartXref();

    /// <exception cref="NotAPdfException">The bytes do not start with a PDF header.</exception>
    /// <exception cref="EncryptedPdfException">The file is encrypted.</exception>
    /// <exception cref="CorruptPdfException">Its structure cannot be read.</exception>
    public static PreparedPdfSignature Prepare(byte[] pdf, DateTimeOffset signingTime, string? reason = null, int room = DefaultRoom)
    {
        if (!PdfSignatureLocator.LooksLikePdf(pdf))
        {
            throw new NotAPdfException();
        }
        var tailStart = Math.Max(0, pdf.Length - 2048);
        var startXref = StartXref().Match(Encoding.Latin1.GetString(pdf, tailStart, pdf.Length - tailStart));
        if (!startXref.Success || !long.TryParse(startXref.Groups[1].Value, CultureInfo.InvariantCulture, out var previousXref) || previousXref >= pdf.Length)
        {
            throw new CorruptPdfException();
        }
        using var document = Open(pdf);
        if (document.Structure.Trailer.EncryptionToken is not null)
        {
            throw new EncryptedPdfException();
        }
        try
        {
            return Append(pdf, document, previousXref, signingTime, reason, room);
        }
        catch (Exception e) when (e is not SigningException)
        {
            throw new CorruptPdfException(e);
        }
    }

    private static PdfDocument Open(byte[] pdf)
    {
        try
        {
            return PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new EncryptedPdfException();
        }
        catch (Exception e) when (e is not SigningException)
        {
            // PdfPig refuses some encryption handlers with a generic error; the trailer's /Encrypt says which case it is.
            if (Encoding.Latin1.GetString(pdf).Contains("/Encrypt", StringComparison.Ordinal))
            {
                throw new EncryptedPdfException();
            }
            throw new CorruptPdfException(e);
        }
    }

    private static PreparedPdfSignature Append(byte[] pdf, PdfDocument document, long previousXref, DateTimeOffset signingTime, string? reason, int room)
    {
        var structure = document.Structure;
        var trailer = structure.Trailer;
        IToken Resolve(IToken token) => token is IndirectReferenceToken r ? structure.GetObject(r.Data).Data : token;

        var rootRef = trailer.Root;
        var catalog = (DictionaryToken)structure.GetObject(rootRef).Data;
        var (pageRef, page) = FirstPage(catalog, Resolve);

        var next = (long)trailer.Size;
        var sigRef = new IndirectReference(next++, 0);
        var widgetRef = new IndirectReference(next++, 0);
        var updated = new List<(IndirectReference Ref, IToken Token)>();

        // The new field joins the form's fields; an existing /AcroForm object is rewritten in place, an inline one moves
        // into an object of its own.
        catalog.Data.TryGetValue("AcroForm", out var acroEntry);
        var acro = acroEntry is null ? new DictionaryToken(new Dictionary<NameToken, IToken>()) : (DictionaryToken)Resolve(acroEntry);
        var fields = acro.Data.TryGetValue("Fields", out var f) ? ((ArrayToken)Resolve(f)).Data.ToList() : [];
        fields.Add(new IndirectReferenceToken(widgetRef));
        var newAcro = With(acro, ("Fields", new ArrayToken(fields)), ("SigFlags", new NumericToken(3)));
        if (acroEntry is IndirectReferenceToken acroRef)
        {
            updated.Add((acroRef.Data, newAcro));
        }
        else
        {
            var newAcroRef = new IndirectReference(next++, 0);
            updated.Add((newAcroRef, newAcro));
            updated.Add((rootRef, With(catalog, ("AcroForm", new IndirectReferenceToken(newAcroRef)))));
        }

        var annots = page.Data.TryGetValue("Annots", out var an) ? ((ArrayToken)Resolve(an)).Data.ToList() : [];
        annots.Add(new IndirectReferenceToken(widgetRef));
        updated.Add((pageRef, With(page, ("Annots", new ArrayToken(annots)))));

        using var output = new MemoryStream(pdf.Length + room * 2 + 4096);
        output.Write(pdf);
        if (pdf[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            output.WriteByte((byte)'\n');
        }
        var offsets = new SortedDictionary<long, (int Generation, long Offset)>();
        foreach (var (reference, token) in updated)
        {
            offsets[reference.ObjectNumber] = (reference.Generation, output.Position);
            Ascii(output, $"{reference.ObjectNumber} {reference.Generation} obj\n");
            TokenWriter.Instance.WriteToken(token, output);
            Ascii(output, "\nendobj\n");
        }

        offsets[widgetRef.ObjectNumber] = (0, output.Position);
        // Invisible (zero rectangle), printed and locked: the field exists for the signature, not to be drawn.
        Ascii(output, $"{widgetRef.ObjectNumber} 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature{sigRef.ObjectNumber}) " +
            $"/V {sigRef.ObjectNumber} 0 R /Rect [0 0 0 0] /F 132 /P {pageRef.ObjectNumber} {pageRef.Generation} R >>\nendobj\n");

        offsets[sigRef.ObjectNumber] = (0, output.Position);
        var time = signingTime.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Ascii(output, $"{sigRef.ObjectNumber} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:{time}+00'00')");
        if (!string.IsNullOrEmpty(reason))
        {
            // UTF-16BE with a byte-order mark: the PDF text string form that carries Vietnamese letters.
            Ascii(output, $" /Reason <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(reason))}>");
        }
        Ascii(output, " /ByteRange [");
        var byteRangeAt = output.Position;
        Ascii(output, new string(' ', ByteRangeWidth) + "] /Contents ");
        var contentsStart = (int)output.Position;
        Ascii(output, "<" + new string('0', room * 2) + ">");
        var contentsEnd = (int)output.Position;
        Ascii(output, " >>\nendobj\n");

        var xrefAt = output.Position;
        var xrefIsStream = !Encoding.Latin1.GetString(pdf, (int)previousXref, (int)Math.Min(32, pdf.Length - previousXref)).TrimStart().StartsWith("xref", StringComparison.Ordinal);
        var extra = TrailerEntries(trailer, rootRef, previousXref);
        if (xrefIsStream)
        {
            var xrefRef = next++;
            offsets[xrefRef] = (0, xrefAt);
            WriteXrefStream(output, offsets, xrefRef, next, extra);
        }
        else
        {
            WriteXrefTable(output, offsets, next, extra);
        }
        Ascii(output, $"startxref\n{xrefAt}\n%%EOF\n");

        var bytes = output.ToArray();
        var byteRange = $"0 {contentsStart} {contentsEnd} {bytes.Length - contentsEnd}";
        Encoding.ASCII.GetBytes(byteRange).CopyTo(bytes, byteRangeAt);
        return new PreparedPdfSignature(bytes, contentsStart, contentsEnd);
    }

    private static (IndirectReference Ref, DictionaryToken Page) FirstPage(DictionaryToken catalog, Func<IToken, IToken> resolve)
    {
        var reference = ((IndirectReferenceToken)catalog.Data["Pages"]).Data;
        // Bounded: a page tree deeper than this is a loop, not a document.
        for (var depth = 0; depth < 64; depth++)
        {
            var node = (DictionaryToken)resolve(new IndirectReferenceToken(reference));
            if (!node.Data.TryGetValue("Kids", out var kids))
            {
                return (reference, node);
            }
            reference = ((IndirectReferenceToken)((ArrayToken)resolve(kids)).Data[0]).Data;
        }
        throw new CorruptPdfException();
    }

    private static string TrailerEntries(UglyToad.PdfPig.CrossReference.TrailerDictionary trailer, IndirectReference root, long previousXref)
    {
        var s = new StringBuilder($"/Root {root.ObjectNumber} {root.Generation} R /Prev {previousXref}");
        if (trailer.Info is IndirectReferenceToken info)
        {
            s.Append(CultureInfo.InvariantCulture, $" /Info {info.Data.ObjectNumber} {info.Data.Generation} R");
        }
        // The file identifier stays the same across incremental updates; only the hexadecimal form round-trips exactly.
        if (trailer.Identifier is { Count: 2 } id && id.All(t => t is HexToken))
        {
            s.Append(" /ID [");
            foreach (var t in id.Cast<HexToken>())
            {
                s.Append('<').Append(Convert.ToHexString(t.Bytes.ToArray())).Append('>');
            }
            s.Append(']');
        }
        return s.ToString();
    }

    private static void WriteXrefTable(Stream output, SortedDictionary<long, (int Generation, long Offset)> offsets, long size, string extra)
    {
        Ascii(output, "xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            Ascii(output, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                Ascii(output, $"{offsets[n].Offset:D10} {offsets[n].Generation:D5} n\r\n");
            }
        }
        Ascii(output, $"trailer\n<< /Size {size} {extra} >>\n");
    }

    private static void WriteXrefStream(Stream output, SortedDictionary<long, (int Generation, long Offset)> offsets, long self, long size, string extra)
    {
        // Uncompressed, one row per object: type 1 (in use), 4-byte offset, 2-byte generation.
        var rows = new MemoryStream();
        foreach (var (_, (generation, offset)) in offsets)
        {
            rows.WriteByte(1);
            rows.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation]);
        }
        var index = string.Join(' ', Runs(offsets.Keys).Select(r => $"{r.First} {r.Count}"));
        Ascii(output, $"{self} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 2] /Index [{index}] {extra} /Length {rows.Length} >>\nstream\n");
        rows.Position = 0;
        rows.CopyTo(output);
        Ascii(output, "\nendstream\nendobj\n");
    }

    private static IEnumerable<(long First, int Count)> Runs(IEnumerable<long> numbers)
    {
        long first = -1, last = -1;
        foreach (var n in numbers)
        {
            if (first >= 0 && n == last + 1)
            {
                last = n;
                continue;
            }
            if (first >= 0)
            {
                yield return (first, (int)(last - first + 1));
            }
            first = last = n;
        }
        if (first >= 0)
        {
            yield return (first, (int)(last - first + 1));
        }
    }

    private static DictionaryToken With(DictionaryToken dictionary, params (string Key, IToken Value)[] entries)
    {
        var copy = dictionary.Data.ToDictionary(kv => NameToken.Create(kv.Key), kv => kv.Value);
        foreach (var (key, value) in entries)
        {
            copy[NameToken.Create(key)] = value;
        }
        return new DictionaryToken(copy);
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
