namespace Saas.Files.Text;

/// <summary>Plain text of an attachment for full-text search.</summary>
public interface ITextExtractor
{
    /// <summary>
    /// Text of the content given its sniffed media type; empty for images, unknown types and unreadable files.
    /// Never throws for bad content, because a broken attachment must not fail the upload that indexes it.
    /// </summary>
    Task<string> ExtractAsync(Stream content, string mediaType, CancellationToken ct);
}
