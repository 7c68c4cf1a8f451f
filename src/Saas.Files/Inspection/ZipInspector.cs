using System.IO.Compression;

namespace Saas.Files.Inspection;

/// <summary>
/// Bounds a zip package: the entry count from the end-of-central-directory record before the directory is read
/// (a million tiny entries cost hundreds of MB as entry objects), then the declared sizes, then the real inflated
/// bytes of every entry, counted — declared sizes are the uploader's to forge.
/// </summary>
internal static class ZipInspector
{
    private const uint EndOfDirectorySignature = 0x06054b50;
    private const int EndOfDirectoryLength = 22;

    public static InspectionFinding? Inspect(Stream content, InflationLimits limits)
    {
        if (DeclaredEntryCount(content) is { } declared && declared > limits.MaxEntries)
        {
            return InspectionFinding.Bomb;
        }
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return InspectionFinding.Bomb;
            }
            var counter = new BoundedInflation(limits, content.Length);
            long declaredTotal = 0;
            foreach (var entry in zip.Entries)
            {
                declaredTotal += entry.Length;
                if (declaredTotal > limits.MaxInflatedBytes || !counter.WithinLimits(entry.Length, entry.CompressedLength))
                {
                    return InspectionFinding.Bomb;
                }
            }
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                if (!counter.Drain(stream, entry.CompressedLength))
                {
                    return InspectionFinding.Bomb;
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // Not a readable zip: the sniffer will not call it DOCX/XLSX, and it is refused as unsupported there.
            return null;
        }
    }

    /// <summary>Total entries recorded in the end-of-central-directory record (0xFFFF means zip64: the real count is larger).</summary>
    internal static long? DeclaredEntryCount(Stream content)
    {
        var length = content.Length;
        if (length < EndOfDirectoryLength)
        {
            return null;
        }
        // The record is the last 22 bytes plus a comment of at most 64 KB.
        var tail = (int)Math.Min(length, EndOfDirectoryLength + ushort.MaxValue);
        var buffer = new byte[tail];
        content.Position = length - tail;
        content.ReadExactly(buffer);
        for (var i = tail - EndOfDirectoryLength; i >= 0; i--)
        {
            if (BitConverter.ToUInt32(buffer, i) == EndOfDirectorySignature)
            {
                var total = BitConverter.ToUInt16(buffer, i + 10);
                return total == ushort.MaxValue ? long.MaxValue : total;
            }
        }
        return null;
    }
}
