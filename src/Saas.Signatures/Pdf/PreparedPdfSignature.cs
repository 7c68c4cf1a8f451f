using System.Text;
using Saas.Signatures.Signing;

namespace Saas.Signatures.Pdf;

/// <summary>
/// A PDF with a signature appended as an incremental update whose <c>/Contents</c> is still a placeholder of zeros and
/// whose <c>/ByteRange</c> is already final. Nothing in it changes once the CMS is known except the placeholder, so it can
/// wait (for a remote signer) and be completed later.
/// </summary>
public sealed class PreparedPdfSignature
{
    internal PreparedPdfSignature(byte[] bytes, int contentsStart, int contentsEnd)
    {
        Bytes = bytes;
        ContentsStart = contentsStart;
        ContentsEnd = contentsEnd;
    }

    /// <summary>The whole file, placeholder included.</summary>
    public byte[] Bytes { get; }

    /// <summary>Offset of the <c>&lt;</c> that opens the placeholder: the end of the first signed range.</summary>
    public int ContentsStart { get; }

    /// <summary>Offset just after the <c>&gt;</c>: the start of the second signed range.</summary>
    public int ContentsEnd { get; }

    /// <summary>Room for the DER container, in bytes (two hexadecimal digits each).</summary>
    public int Room => (ContentsEnd - ContentsStart - 2) / 2;

    /// <summary>The bytes the signature covers: everything but the placeholder.</summary>
    public byte[] SignedBytes() => [.. Bytes.AsSpan(0, ContentsStart), .. Bytes.AsSpan(ContentsEnd)];

    /// <summary>A new file with <paramref name="cms"/> written into the placeholder; this one is left as it was.</summary>
    /// <exception cref="SignatureTooLargeException">The container does not fit.</exception>
    public byte[] Complete(byte[] cms)
    {
        if (cms.Length > Room)
        {
            throw new SignatureTooLargeException(cms.Length, Room);
        }
        var signed = (byte[])Bytes.Clone();
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, ContentsStart + 1);
        return signed;
    }
}
