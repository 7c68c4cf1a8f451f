namespace Saas.Files.Conversion;

/// <summary>One queued conversion; the caller awaits <see cref="Done"/> and keeps <see cref="Content"/> open until then.</summary>
public sealed record ConversionJob(Stream Content, string Extension, CancellationToken Cancellation)
{
    // Continuations run on the pool, not on the worker that completes the job, so the worker moves on at once.
    public TaskCompletionSource<ConversionResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
