namespace Saas.Files.Sniffing;

public enum SniffOutcome
{
    /// <summary>The bytes are an allowed kind and the name (if it has an extension) agrees.</summary>
    Accepted,

    /// <summary>The bytes are not an allowed kind and the name does not pretend otherwise.</summary>
    Unsupported,

    /// <summary>The name claims one kind while the bytes are another (an .exe renamed .pdf, a zip named .docx).</summary>
    Disguised,
}

/// <param name="Actual">What the bytes are, or null when unknown.</param>
/// <param name="ClaimedExtension">The extension of the file name, lower-case with the dot, or empty.</param>
public sealed record SniffVerdict(SniffOutcome Outcome, FileKind? Actual, string ClaimedExtension);
