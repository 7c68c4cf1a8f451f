namespace Saas.Documents.Attachments;

/// <summary>A file already accepted into the content-addressed store, waiting to be attached in the unit of work.</summary>
/// <param name="NewlyStored">True when this upload put the bytes into the store; only such blobs may be removed if the unit of work fails.</param>
public sealed record StagedFile(string Sha256, string FileName, string MediaType, long SizeBytes, string? ExtractedText, bool NewlyStored)
{
    /// <summary>For a PDF: the verification of its digital signatures when it entered (null for other files).</summary>
    public Saas.Signatures.Verification.SignatureReport? Signature { get; init; }

    /// <summary>For a DOCX draft: the PDF the server converted it to, stored already and attached with it as draft-pdf.</summary>
    public StagedFile? Rendition { get; init; }

    /// <summary>This file and its rendition: everything a failed unit of work has to take back out of the store.</summary>
    public IEnumerable<StagedFile> WithRendition() => Rendition is null ? [this] : [this, Rendition];
}
