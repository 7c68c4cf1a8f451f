using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Attachments;

/// <summary>A file of a document; the bytes live in the content-addressed store under <see cref="Sha256"/>.</summary>
public sealed class Attachment : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    /// <summary>incoming | outgoing.</summary>
    public string OwnerKind { get; set; } = "";

    public Guid OwnerId { get; set; }

    /// <summary>scan | draft | draft-pdf (the server's PDF of a DOCX draft version) | signed | attachment.</summary>
    public string Purpose { get; set; } = "attachment";

    public int Version { get; set; } = 1;

    /// <summary>For a draft-pdf: the draft attachment (same version) it was converted from.</summary>
    public Guid? SourceAttachmentId { get; set; }

    public string Sha256 { get; set; } = "";

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string? ExtractedText { get; set; }

    public string UploadedBy { get; set; } = "";

    public string UploadedByName { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>unsigned | valid | invalid | indeterminate, for a verified PDF; null for other files.</summary>
    public string? SignatureStatus { get; set; }

    /// <summary>The verification report (jsonb): each signature's signer, CA, time, checks and reasons.</summary>
    public string? SignatureReport { get; set; }

    /// <summary>Counted as "digitally signed" only when every signature verified (TT 15/2025; honest figures).</summary>
    public bool VerifiedSigned => SignatureStatus == "valid";
}
