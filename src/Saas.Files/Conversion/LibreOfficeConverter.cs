using Microsoft.Extensions.Options;

namespace Saas.Files.Conversion;

/// <summary>
/// Converts through LibreOffice headless: the job is queued for <see cref="ConversionWorker"/> and awaited, so the
/// request's thread is free while LibreOffice runs in its own process.
/// </summary>
public sealed class LibreOfficeConverter(ConversionQueue queue, IOptions<ConversionOptions> options) : IDocumentConverter
{
    public async Task<ConversionResult> ConvertToPdfAsync(Stream content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!options.Value.Enabled)
        {
            return ConversionResult.Fail(ConversionFailure.Disabled);
        }
        var job = new ConversionJob(content, extension, ct);
        if (!queue.TryEnqueue(job))
        {
            return ConversionResult.Fail(ConversionFailure.QueueFull);
        }
        // Not WaitAsync(ct): the worker observes ct itself (it kills LibreOffice), and content must outlive its reading.
        return await job.Done.Task;
    }
}
