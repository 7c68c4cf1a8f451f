namespace Saas.Documents.Attachments;

internal static class AttachmentWriter
{
    public static void Add(DocumentsDbContext db, Guid tenantId, string ownerKind, Guid ownerId, string purpose,
        IEnumerable<StagedFile> files, IDocumentUser user, DateTimeOffset now, int version = 1)
    {
        foreach (var f in files)
        {
            db.Attachments.Add(new Attachment
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
            });
        }
    }
}
