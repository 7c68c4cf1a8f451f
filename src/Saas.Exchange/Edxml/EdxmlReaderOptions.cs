namespace Saas.Exchange.Edxml;

/// <summary>Bounds on what a package may carry, checked before and while it is parsed.</summary>
public sealed record EdxmlReaderOptions
{
    public long MaxPackageBytes { get; init; } = 150L * 1024 * 1024;

    public long MaxAttachmentBytes { get; init; } = 50L * 1024 * 1024;

    public int MaxAttachments { get; init; } = 50;

    public int MaxRecipients { get; init; } = 500;
}
