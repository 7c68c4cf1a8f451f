using System.Security.Cryptography;
using Saas.Documents.Attachments;
using Saas.Files.Conversion;
using Saas.Files.Storage;

namespace Saas.Documents.Web;

/// <summary>
/// Gives each staged DOCX draft its PDF rendition, converted on the server and stored before the unit of work, so the
/// draft and its PDF are attached together or not at all. A failure removes the PDFs stored so far; the caller
/// discards the staged drafts, which leaves the document exactly as it was.
/// </summary>
public sealed class DraftRenditions(IDocumentConverter converter, IFileStore store, Microsoft.Extensions.Options.IOptions<ConversionOptions> options)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed record Result(IReadOnlyList<StagedFile> Files, ConversionFailure? Failure)
    {
        public bool Succeeded => Failure is null;

        public string Message => Failure is { } f ? ConversionMessages.For(f) : "";
    }

    public async Task<Result> AddAsync(IReadOnlyList<StagedFile> drafts, CancellationToken ct)
    {
        if (!options.Value.Enabled || !drafts.Any(d => d.MediaType == DocxType))
        {
            return new(drafts, null);
        }
        var done = new List<StagedFile>();
        foreach (var draft in drafts)
        {
            if (draft.MediaType != DocxType)
            {
                done.Add(draft);
                continue;
            }
            var (pdf, failure) = await ConvertAsync(draft, ct);
            if (pdf is null)
            {
                await DiscardAsync(done, ct);
                return new([], failure);
            }
            done.Add(draft with { Rendition = pdf });
        }
        return new(done, null);
    }

    private async Task<(StagedFile? Pdf, ConversionFailure Failure)> ConvertAsync(StagedFile draft, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(draft.Sha256, ct);
        if (content is null)
        {
            return (null, ConversionFailure.Failed);
        }
        using var result = await converter.ConvertToPdfAsync(content, ".docx", ct);
        if (result.Pdf is not { } pdf)
        {
            return (null, result.Failure ?? ConversionFailure.Failed);
        }
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(pdf, ct));
        var existed = await store.ExistsAsync(hash, ct);
        pdf.Position = 0;
        var stored = await store.PutAsync(pdf, ct);
        // Not indexed for search: the DOCX version carries the same text already.
        return (new StagedFile(stored.Sha256, Path.GetFileNameWithoutExtension(draft.FileName) + ".pdf", "application/pdf", stored.Length, null,
            NewlyStored: !existed), default);
    }

    private async Task DiscardAsync(IEnumerable<StagedFile> done, CancellationToken ct)
    {
        foreach (var pdf in done.Select(d => d.Rendition).OfType<StagedFile>().Where(p => p.NewlyStored))
        {
            await store.DeleteAsync(pdf.Sha256, CancellationToken.None);
        }
    }
}
