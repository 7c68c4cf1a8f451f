namespace Saas.Files.Conversion;

/// <summary>Turns an office document into a PDF on the server.</summary>
public interface IDocumentConverter
{
    /// <param name="content">The document; read while the job runs, so it must stay open until the task completes.</param>
    /// <param name="extension">The input's extension with the dot (".docx"): LibreOffice picks its import filter by it.</param>
    Task<ConversionResult> ConvertToPdfAsync(Stream content, string extension, CancellationToken ct);
}
