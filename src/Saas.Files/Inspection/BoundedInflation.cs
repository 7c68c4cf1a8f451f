using System.Buffers;

namespace Saas.Files.Inspection;

/// <summary>Counts the bytes a decompressing stream yields, through a small buffer, and stops at the limits.</summary>
internal sealed class BoundedInflation(InflationLimits limits, long containerBytes)
{
    public long Total { get; private set; }

    /// <summary>False as soon as the part or the total passes a limit; the rest of the part is not inflated.</summary>
    public bool Drain(Stream inflating, long compressedBytes, Action<ReadOnlySpan<byte>>? sink = null)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long part = 0;
            int n;
            while ((n = inflating.Read(buffer, 0, buffer.Length)) > 0)
            {
                part += n;
                Total += n;
                sink?.Invoke(buffer.AsSpan(0, n));
                if (!WithinLimits(part, compressedBytes))
                {
                    return false;
                }
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public bool WithinLimits(long partBytes, long compressedBytes) =>
        Total <= limits.MaxInflatedBytes
        && (partBytes <= limits.RatioFloorBytes || partBytes <= Math.Max(1, compressedBytes) * limits.MaxRatio)
        && (Total <= limits.RatioFloorBytes || Total <= Math.Max(1, containerBytes) * limits.MaxRatio);
}
