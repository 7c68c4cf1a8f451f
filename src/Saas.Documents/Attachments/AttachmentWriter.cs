namespace Saas.Documents.Attachments;

internal static class AttachmentWriter
{
    /// <summary>The purpose of the PDF the server makes of a DOCX draft version.</summary>
    public const string DraftPdf = "draft-pdf";

    public static void Add(DocumentsDbContext db, Guid tenantId, string ownerKind, Guid ownerId, string purpose,
        IEnumerable<StagedFile> files, IDocumentUser user, DateTimeOffset now, int version = 1)
    {
        foreach (var f in files)
        {
            var row = Row(tenantId, ownerKind, ownerId, purpose, f, user, now, version);
            db.Attachments.Add(row);
            if (f.Rendition is { } pdf)
            {
                // Same version as its DOCX and linked to it, in the same unit of work: both exist or neither.
                var rendition = Row(tenantId, ownerKind, ownerId, DraftPdf, pdf, user, now, version);
                rendition.SourceAttachmentId = row.Id;
                db.Attachments.Add(rendition);
            }
        }
    }

    private static Attachment Row(Guid tenantId, string ownerKind, Guid ownerId, string purpose, StagedFile f, IDocumentUser user, DateTimeOffset now,
        int version) => new()
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            OwnerKind = ownerKind,
            OwnerId = ownerId,
            Purpose = purpose,
            Version = version,
            Sha256 = f.Sha256,
            FileName = f.FileName,
            MediaType = f.MediaType,
            SizeBytes = f.SizeBytes,
            ExtractedText = f.ExtractedText is { Length: > 200000 } t ? t[..200000] : f.ExtractedText,
            UploadedBy = user.Id,
            UploadedByName = user.Name,
            UploadedAt = now,
            SignatureStatus = f.Signature is { } sig ? Saas.Signatures.Verification.SignatureReportJson.StatusWord(sig.Status) : null,
            SignatureReport = f.Signature is { } report ? Saas.Signatures.Verification.SignatureReportJson.Serialize(report) : null,
        };
}
