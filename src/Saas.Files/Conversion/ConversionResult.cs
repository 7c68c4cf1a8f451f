namespace Saas.Files.Conversion;

/// <summary>Why a conversion produced no PDF.</summary>
public enum ConversionFailure
{
    /// <summary>Every worker is busy and the queue is full: try again later (503).</summary>
    QueueFull,

    /// <summary>LibreOffice ran longer than <see cref="ConversionOptions.TimeoutSeconds"/> and was killed (422).</summary>
    Timeout,

    /// <summary>LibreOffice could not read the file or wrote no PDF (422).</summary>
    Failed,

    /// <summary>Conversion is switched off (<c>Conversion:Enabled</c> false).</summary>
    Disabled,
}

/// <summary>
/// A PDF in a temporary file that is deleted when <see cref="Pdf"/> is disposed, or the reason there is none.
/// </summary>
public sealed class ConversionResult : IDisposable
{
    private ConversionResult(Stream? pdf, ConversionFailure? failure, string? detail)
    {
        Pdf = pdf;
        Failure = failure;
        Detail = detail;
    }

    public Stream? Pdf { get; }

    public ConversionFailure? Failure { get; }

    /// <summary>What LibreOffice said, for the log (never shown to users: it may contain paths).</summary>
    public string? Detail { get; }

    public bool Succeeded => Pdf is not null;

    public static ConversionResult Ok(Stream pdf) => new(pdf, null, null);

    public static ConversionResult Fail(ConversionFailure failure, string? detail = null) => new(null, failure, detail);

    public void Dispose() => Pdf?.Dispose();
}
