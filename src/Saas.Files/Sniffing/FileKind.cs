namespace Saas.Files.Sniffing;

/// <summary>A file type recognised from its bytes. <see cref="Extension"/> is the canonical one, with the dot.</summary>
public sealed class FileKind
{
    internal FileKind(string label, string mediaType, string extension, params string[] otherExtensions)
    {
        Label = label;
        MediaType = mediaType;
        Extension = extension;
        Extensions = [extension, .. otherExtensions];
    }

    /// <summary>Short name shown to users, e.g. <c>PDF</c>.</summary>
    public string Label { get; }

    public string MediaType { get; }

    public string Extension { get; }

    /// <summary>Every extension users legitimately give this kind (<c>.jpg</c> and <c>.jpeg</c>...).</summary>
    public IReadOnlyList<string> Extensions { get; }

    public override string ToString() => Label;
}
