using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Saas.Files.Conversion;

namespace Saas.Files.Tests.Conversion;

/// <summary>The real queue, worker and LibreOffice, started with the given options in a work folder of its own.</summary>
public sealed class ConverterHarness : IAsyncDisposable
{
    private readonly ConversionWorker _worker;
    private readonly TempFolder _folder = new();

    private ConverterHarness(ConversionOptions options)
    {
        options.WorkFolder = _folder.Path;
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var queue = new ConversionQueue(wrapped);
        Converter = new LibreOfficeConverter(queue, wrapped);
        _worker = new ConversionWorker(queue, wrapped, NullLogger<ConversionWorker>.Instance);
    }

    public ConversionOptions Options { get; }

    public IDocumentConverter Converter { get; }

    public string WorkFolder => _folder.Path;

    /// <param name="prepare">Called with the work folder before the worker starts.</param>
    public static async Task<ConverterHarness> StartAsync(ConversionOptions options, Action<string>? prepare = null)
    {
        var harness = new ConverterHarness(options);
        prepare?.Invoke(harness.WorkFolder);
        await harness._worker.StartAsync(CancellationToken.None);
        return harness;
    }

    public async Task<ConversionResult> ConvertAsync(byte[] docx, CancellationToken ct = default) =>
        await Converter.ConvertToPdfAsync(new MemoryStream(docx), ".docx", ct);

    /// <summary>Processes still running with this harness's work folder on their command line (its LibreOffice instances).</summary>
    public IReadOnlyList<int> LiveProcesses() =>
        Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsAsciiDigit))
            .Where(pid =>
            {
                try
                {
                    return File.ReadAllText($"/proc/{pid}/cmdline").Contains(_folder.Path, StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false;
                }
                catch (UnauthorizedAccessException)
                {
                    return false;
                }
            }).Select(int.Parse).ToList();

    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(CancellationToken.None);
        _worker.Dispose();
        _folder.Dispose();
    }
}
