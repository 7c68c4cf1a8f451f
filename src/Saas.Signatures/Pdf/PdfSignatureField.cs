namespace Saas.Signatures.Pdf;

/// <summary>
/// One signature found in a PDF: the byte ranges it covers (<c>/ByteRange [a b c d]</c>), the CMS container in
/// <c>/Contents</c> (the gap between the two ranges), and what the signature dictionary says of itself.
/// </summary>
public sealed record PdfSignatureField(long Start1, long Length1, long Start2, long Length2, byte[] Contents, string? SubFilter, string? Name, string? Reason)
{
    /// <summary>True when the signature covers the file to its last byte (no revision was appended after it).</summary>
    public bool CoversWholeFile(long fileLength) => Start1 == 0 && Start2 + Length2 == fileLength;
}
