using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Saas.Files.Conversion;
using Saas.Files.Text;

namespace Saas.Files.Tests.Conversion;

/// <summary>
/// The converter on the real LibreOffice (Debian libreoffice-writer-nogui, which infra/dev/lib.sh installs): Vietnamese
/// survives with its diacritics, an unreadable Word file and a run past the timeout are failures with the process tree
/// gone and no temporary file left, and a full queue refuses at once.
/// </summary>
public sealed class LibreOfficeConversionTests
{
    [Fact]
    public async Task A_Vietnamese_docx_becomes_a_pdf_whose_text_keeps_every_diacritic()
    {
        await using var harness = await ConverterHarness.StartAsync(new ConversionOptions { TimeoutSeconds = 120 });
        using var result = await harness.ConvertAsync(ConversionSamples.VietnameseDocx());

        Assert.True(result.Succeeded, result.Detail);
        var text = await new DocumentTextExtractor(Microsoft.Extensions.Logging.Abstractions.NullLogger<DocumentTextExtractor>.Instance)
            .ExtractAsync(result.Pdf!, "application/pdf", CancellationToken.None);
        Assert.Contains(ConversionSamples.Motto, text.Normalize(System.Text.NormalizationForm.FormC), StringComparison.Ordinal);
        result.Dispose();
        // Only the worker's profile folder remains while the worker runs; the job folder and the PDF file are gone.
        Assert.Empty(Directory.GetFiles(harness.WorkFolder, "*", SearchOption.TopDirectoryOnly));
        Assert.DoesNotContain(Directory.GetDirectories(harness.WorkFolder), d => Path.GetFileName(d).StartsWith("saas-convert-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_docx_LibreOffice_cannot_load_is_a_failure_and_leaves_nothing_behind()
    {
        await using var harness = await ConverterHarness.StartAsync(new ConversionOptions { TimeoutSeconds = 120 });
        using var result = await harness.ConvertAsync(ConversionSamples.CorruptDocx());

        Assert.Equal(ConversionFailure.Failed, result.Failure);
        Assert.Null(result.Pdf);
        Assert.Empty(Directory.GetFiles(harness.WorkFolder, "*", SearchOption.TopDirectoryOnly));
        Assert.DoesNotContain(Directory.GetDirectories(harness.WorkFolder), d => Path.GetFileName(d).StartsWith("saas-convert-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conversion_past_the_timeout_is_killed_with_its_whole_process_tree()
    {
        // LibreOffice needs well over a quarter of a second to start, let alone render.
        await using var harness = await ConverterHarness.StartAsync(new ConversionOptions { TimeoutSeconds = 0.25 });
        var started = DateTime.UtcNow;
        using var result = await harness.ConvertAsync(ConversionSamples.VietnameseDocx());

        Assert.Equal(ConversionFailure.Timeout, result.Failure);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the timeout did not stop the run");
        Assert.Empty(harness.LiveProcesses());
        Assert.Empty(TempFolder.FilesUnder(harness.WorkFolder));
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once_while_queued_jobs_still_complete()
    {
        await using var harness = await ConverterHarness.StartAsync(new ConversionOptions { Workers = 1, QueueCapacity = 1, TimeoutSeconds = 120 });
        var docx = ConversionSamples.VietnameseDocx();

        // One worker starting LibreOffice (seconds) and one waiting slot: the third job finds the queue full whether or
        // not the worker has taken the first one yet.
        var first = harness.ConvertAsync(docx);
        var second = harness.ConvertAsync(docx);
        var third = harness.ConvertAsync(docx);

        using var refused = await third;
        Assert.Equal(ConversionFailure.QueueFull, refused.Failure);
        Assert.False(first.IsCompleted, "the first conversion finished before the queue could fill: the test proves nothing");
        var results = new[] { await first, await second };
        Assert.Contains(results, r => r.Succeeded);
        Assert.All(results, r => Assert.True(r.Succeeded || r.Failure == ConversionFailure.QueueFull));
        foreach (var r in results)
        {
            r.Dispose();
        }

        // Once the queue has drained it accepts again.
        using var later = await harness.ConvertAsync(docx);
        Assert.True(later.Succeeded, later.Detail);
    }

    [Fact]
    public async Task Profiles_and_job_files_of_a_killed_host_are_swept_at_start_and_a_live_host_s_are_kept()
    {
        // 999999999 is above Linux's largest pid, so no process has it; this test process is alive.
        string[] dead = ["saas-lo-profile-999999999-0a-w0", "saas-convert-999999999-0b"];
        var live = $"saas-lo-profile-{Environment.ProcessId}-0c-w0";
        await using var harness = await ConverterHarness.StartAsync(new ConversionOptions(), folder =>
        {
            foreach (var name in dead.Append(live))
            {
                Directory.CreateDirectory(Path.Combine(folder, name, "user"));
            }
            File.WriteAllText(Path.Combine(folder, "saas-converted-999999999-0d.pdf"), "%PDF-");
        });
        // The sweep runs when the worker starts, which .NET 10 does off the caller's thread: wait for it, briefly.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string?> left;
        do
        {
            await Task.Delay(100);
            left = Directory.GetFileSystemEntries(harness.WorkFolder).Select(Path.GetFileName).ToList();
        }
        while (left.Any(n => n!.Contains("999999999", StringComparison.Ordinal)) && DateTime.UtcNow < deadline);

        Assert.Contains(live, left);
        Assert.DoesNotContain(left, n => n!.Contains("999999999", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_out_of_range_or_a_missing_soffice_fail_when_the_host_starts()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Conversion:Workers"] = "0",
            ["Conversion:SofficePath"] = "/nonexistent/soffice",
        }).Build();
        using var provider = new ServiceCollection().AddSaasConversion(config).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConversionOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains("Conversion:Workers", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("libreoffice-writer-nogui", StringComparison.Ordinal));
    }
}
