using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Saas.Files.Conversion;

/// <summary>
/// Drains <see cref="ConversionQueue"/> with <see cref="ConversionOptions.Workers"/> loops, each with its own LibreOffice
/// profile folder (reused between its jobs because creating one costs seconds; removed after a timeout, which may
/// leave it locked, and when the host stops; a killed host's are swept by the next start).
/// </summary>
public sealed class ConversionWorker(ConversionQueue queue, IOptions<ConversionOptions> options, ILogger<ConversionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }
        StaleConversionFiles.Sweep(o.ResolvedWorkFolder);
        var soffice = o.ResolveSoffice() ?? o.SofficePath;
        await Task.WhenAll(Enumerable.Range(0, o.Workers).Select(n => Task.Run(() => LoopAsync(n, soffice, o, stoppingToken), CancellationToken.None)));
    }

    private async Task LoopAsync(int n, string soffice, ConversionOptions o, CancellationToken stoppingToken)
    {
        var profile = Path.Combine(o.ResolvedWorkFolder, StaleConversionFiles.Name(StaleConversionFiles.ProfilePrefix) + "-w" + n);
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, soffice, profile, o);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: callers still waiting get a cancellation instead of hanging.
            while (queue.Reader.TryRead(out var left))
            {
                left.Done.TrySetCanceled(stoppingToken);
            }
        }
        finally
        {
            SofficeRun.TryDelete(profile);
        }
    }

    private async Task RunAsync(ConversionJob job, string soffice, string profile, ConversionOptions o)
    {
        if (job.Cancellation.IsCancellationRequested)
        {
            job.Done.TrySetCanceled(job.Cancellation);
            return;
        }
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            var result = await SofficeRun.ConvertAsync(soffice, profile, o.ResolvedWorkFolder, o.Timeout, job);
            if (result.Failure is { } failure)
            {
                logger.LogWarning("Conversion to PDF failed ({Failure}) after {Elapsed}: {Detail}", failure, TimeProvider.System.GetElapsedTime(started), result.Detail);
                if (failure == ConversionFailure.Timeout)
                {
                    SofficeRun.TryDelete(profile);
                }
            }
            if (!job.Done.TrySetResult(result))
            {
                result.Dispose();
            }
        }
        catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested)
        {
            SofficeRun.TryDelete(profile);
            job.Done.TrySetCanceled(job.Cancellation);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Conversion to PDF could not run");
            job.Done.TrySetResult(ConversionResult.Fail(ConversionFailure.Failed, e.Message));
        }
    }
}
