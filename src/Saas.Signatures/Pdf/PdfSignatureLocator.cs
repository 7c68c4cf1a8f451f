using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Saas.Signatures.Pdf;

/// <summary>
/// Finds the signatures of a PDF without interpreting the rest of it. Every writer (PAdES, adbe.pkcs7.detached) keeps
/// the signed bytes as two ranges around the hexadecimal <c>/Contents</c> string, and the <c>/ByteRange</c> array names
/// them; reading the ranges off the raw bytes is what every verifier does, and it does not depend on how the file's
/// objects or cross-reference streams are laid out. A range that points outside the file, or a gap that is not one
/// hexadecimal string, is reported as malformed rather than guessed at.
/// </summary>
public static partial class PdfSignatureLocator
{
    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ByteRange();

    [GeneratedRegex(@"/SubFilter\s*/([A-Za-z0-9.#_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SubFilter();

    [GeneratedRegex(@"/Name\s*\(([^)]{0,200})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"/Reason\s*\(([^)]{0,500})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Reason();

    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.Length > 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    /// <exception cref="MalformedSignatureException">A /ByteRange that does not describe a signature of this file.</exception>
    public static IReadOnlyList<PdfSignatureField> Find(byte[] pdf)
    {
        // Latin-1 maps every byte to one char, so regex positions are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var found = new List<PdfSignatureField>();
        foreach (Match m in ByteRange().Matches(text))
        {
            if (!TryLong(m.Groups[1].Value, out var a) || !TryLong(m.Groups[2].Value, out var b)
                || !TryLong(m.Groups[3].Value, out var c) || !TryLong(m.Groups[4].Value, out var d))
            {
                throw new MalformedSignatureException("/ByteRange has numbers out of range");
            }
            if (a == 0 && b == 0 && c == 0 && d == 0)
            {
                continue; // an unsigned placeholder
            }
            if (a != 0 || b <= 0 || c <= a + b || d < 0 || c + d > pdf.Length)
            {
                throw new MalformedSignatureException($"/ByteRange [{a} {b} {c} {d}] does not fit a file of {pdf.Length} bytes");
            }
            var gap = text.AsSpan((int)(a + b), (int)(c - a - b)).Trim();
            if (gap.Length < 2 || gap[0] != '<' || gap[^1] != '>')
            {
                throw new MalformedSignatureException("the bytes between the two signed ranges are not the /Contents string");
            }
            var contents = FromHex(gap[1..^1]);
            // The signature dictionary surrounds the /ByteRange; look a little either side for its other entries.
            var from = Math.Max(0, m.Index - 4000);
            var window = text[from..Math.Min(text.Length, (int)c + 4000)];
            found.Add(new PdfSignatureField(a, b, c, d, contents,
                SubFilter().Match(window) is { Success: true } sf ? sf.Groups[1].Value : null,
                Name().Match(window) is { Success: true } n ? n.Groups[1].Value : null,
                Reason().Match(window) is { Success: true } r ? r.Groups[1].Value : null));
        }
        return found.OrderBy(f => f.Start2 + f.Length2).ToList();
    }

    /// <summary>The bytes a signature covers: both ranges, in order.</summary>
    public static byte[] SignedBytes(byte[] pdf, PdfSignatureField f)
    {
        var signed = new byte[f.Length1 + f.Length2];
        Array.Copy(pdf, f.Start1, signed, 0, f.Length1);
        Array.Copy(pdf, f.Start2, signed, f.Length1, f.Length2);
        return signed;
    }

    private static bool TryLong(string s, out long v) => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v) && v <= int.MaxValue;

    private static byte[] FromHex(ReadOnlySpan<char> hex)
    {
        var digits = new StringBuilder(hex.Length);
        foreach (var ch in hex)
        {
            if (char.IsAsciiHexDigit(ch))
            {
                digits.Append(ch);
            }
            else if (!char.IsWhiteSpace(ch))
            {
                throw new MalformedSignatureException("/Contents is not a hexadecimal string");
            }
        }
        if (digits.Length % 2 == 1)
        {
            digits.Append('0');
        }
        var bytes = Convert.FromHexString(digits.ToString());
        // Writers reserve room and pad with zeros; the DER length of the container says where it ends.
        return TrimDer(bytes);
    }

    private static byte[] TrimDer(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x30)
        {
            throw new MalformedSignatureException("/Contents does not hold a DER-encoded CMS container");
        }
        int length, header;
        if (bytes[1] < 0x80)
        {
            length = bytes[1];
            header = 2;
        }
        else
        {
            var n = bytes[1] & 0x7f;
            if (n is 0 or > 4 || bytes.Length < 2 + n)
            {
                throw new MalformedSignatureException("/Contents has an unsupported DER length");
            }
            length = 0;
            for (var i = 0; i < n; i++)
            {
                length = (length << 8) | bytes[2 + i];
            }
            header = 2 + n;
        }
        if (length < 0 || header + length > bytes.Length)
        {
            throw new MalformedSignatureException("/Contents is shorter than its DER length says");
        }
        return bytes[..(header + length)];
    }
}

/// <summary>The file claims a signature but its structure cannot be read as one.</summary>
public sealed class MalformedSignatureException(string message) : Exception(message);
