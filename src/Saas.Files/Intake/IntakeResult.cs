using Saas.Files.Storage;

namespace Saas.Files.Intake;

/// <summary>Outcome of an upload: either <see cref="Accepted"/> or <see cref="Rejected"/>; match on the type.</summary>
public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public bool IsAccepted => this is Accepted;

    /// <param name="MediaType">From the bytes, never from the upload's Content-Type.</param>
    /// <param name="Extension">Canonical extension of the sniffed kind, with the dot.</param>
    /// <param name="OriginalName">The sanitized name to show and to use on download.</param>
    public sealed record Accepted(StoredFile File, string MediaType, string Extension, string OriginalName) : IntakeResult;

    /// <param name="Code">One of <see cref="IntakeErrorCodes"/>, stable for clients.</param>
    /// <param name="Message">"Vietnamese / English", ready to show.</param>
    public sealed record Rejected(string Code, string Message) : IntakeResult;
}
