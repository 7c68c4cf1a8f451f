using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Saas.Files.Inspection;

/// <summary>
/// Refuses PDFs that act instead of showing: JavaScript (<c>/JS</c>, <c>/JavaScript</c>), launch actions
/// (<c>/Launch</c>), embedded files (<c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>) and executables carried anywhere in
/// the bytes (a PE or ELF header) — an official correspondence archive has no use for any of them, and a file that
/// starts with <c>%PDF-</c> is otherwise accepted as a PDF. Names are read as PDF names (<c>/J#61vaScript</c> is
/// <c>/JavaScript</c>), outside stream data and inside compressed object streams, where PDF 1.5 keeps dictionaries.
/// Flate streams are inflated through the counter of <see cref="BoundedInflation"/>, so a PDF bomb is refused
/// here rather than in the text extractor.
/// </summary>
internal static class PdfInspector
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JS", "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles",
    };

    private static ReadOnlySpan<byte> StreamKeyword => "stream"u8;
    private static ReadOnlySpan<byte> EndStreamKeyword => "endstream"u8;

    public static InspectionFinding? Inspect(Stream content, InflationLimits limits)
    {
        // The upload limit already bounds the file; PDFs need random access to judge anyway.
        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        if (CarriesExecutable(bytes))
        {
            return InspectionFinding.ActiveContent;
        }

        var counter = new BoundedInflation(limits, bytes.Length);
        var position = 0;
        while (position < bytes.Length)
        {
            var start = NextStream(bytes, position);
            if (start < 0)
            {
                return HasActiveName(bytes.AsSpan(position)) ? InspectionFinding.ActiveContent : null;
            }
            var dataStart = AfterEndOfLine(bytes, start + StreamKeyword.Length);
            var end = bytes.AsSpan(dataStart).IndexOf(EndStreamKeyword);
            var dataEnd = end < 0 ? bytes.Length : dataStart + end;
            // The dictionary that describes the stream is what precedes "stream".
            if (HasActiveName(bytes.AsSpan(position, start - position)))
            {
                return InspectionFinding.ActiveContent;
            }
            var dictionary = Encoding.Latin1.GetString(bytes, Math.Max(position, start - 2048), start - Math.Max(position, start - 2048));
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/Fl", StringComparison.Ordinal))
            {
                var objectStream = dictionary.Contains("/ObjStm", StringComparison.Ordinal);
                var inflated = objectStream ? new MemoryStream() : null;
                if (!Inflate(bytes.AsSpan(dataStart, dataEnd - dataStart).ToArray(), counter, inflated))
                {
                    return InspectionFinding.Bomb;
                }
                if (inflated is not null && HasActiveName(inflated.GetBuffer().AsSpan(0, (int)inflated.Length)))
                {
                    return InspectionFinding.ActiveContent;
                }
            }
            position = end < 0 ? bytes.Length : dataEnd + EndStreamKeyword.Length;
        }
        return null;
    }

    private static bool Inflate(byte[] data, BoundedInflation counter, MemoryStream? keep)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress);
            return counter.Drain(zlib, data.Length, keep is null ? null : chunk => keep.Write(chunk));
        }
        catch (InvalidDataException)
        {
            // A broken stream is the reader's problem, not a bomb: what inflated before the damage was counted.
            return true;
        }
    }

    /// <summary>Index of the next "stream" keyword that is not the tail of "endstream".</summary>
    private static int NextStream(byte[] bytes, int from)
    {
        var span = bytes.AsSpan();
        while (from < bytes.Length)
        {
            var i = span[from..].IndexOf(StreamKeyword);
            if (i < 0)
            {
                return -1;
            }
            var at = from + i;
            var isEnd = at >= 3 && span.Slice(at - 3, 3).SequenceEqual("end"u8);
            var followed = at + StreamKeyword.Length < bytes.Length && bytes[at + StreamKeyword.Length] is (byte)'\r' or (byte)'\n';
            if (!isEnd && followed)
            {
                return at;
            }
            from = at + StreamKeyword.Length;
        }
        return -1;
    }

    private static int AfterEndOfLine(byte[] bytes, int at)
    {
        if (at < bytes.Length && bytes[at] == '\r')
        {
            at++;
        }
        if (at < bytes.Length && bytes[at] == '\n')
        {
            at++;
        }
        return at;
    }

    /// <summary>PDF names in the span, decoded (#hh), compared with the active ones.</summary>
    internal static bool HasActiveName(ReadOnlySpan<byte> span)
    {
        var name = new StringBuilder();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != '/')
            {
                continue;
            }
            name.Clear();
            var j = i + 1;
            for (; j < span.Length && !IsDelimiter(span[j]) && name.Length < 64; j++)
            {
                if (span[j] == '#' && j + 2 < span.Length && IsHex(span[j + 1]) && IsHex(span[j + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(span.Slice(j + 1, 2)), 16));
                    j += 2;
                }
                else
                {
                    name.Append((char)span[j]);
                }
            }
            if (name.Length > 0 && ActiveNames.Contains(name.ToString()))
            {
                return true;
            }
            i = j - 1;
        }
        return false;
    }

    /// <summary>A Windows PE (MZ … PE\0\0 at e_lfanew) or an ELF header anywhere in the bytes.</summary>
    internal static bool CarriesExecutable(ReadOnlySpan<byte> bytes)
    {
        for (var from = 0; from < bytes.Length;)
        {
            var i = bytes[from..].IndexOf("MZ"u8);
            if (i < 0)
            {
                break;
            }
            var at = from + i;
            if (at + 0x40 <= bytes.Length)
            {
                var peOffset = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(at + 0x3C, 4));
                if (peOffset is > 0 and < 0x10000 && at + peOffset + 4 <= bytes.Length
                    && bytes.Slice(at + peOffset, 4).SequenceEqual("PE\0\0"u8))
                {
                    return true;
                }
            }
            from = at + 2;
        }
        for (var from = 0; from < bytes.Length;)
        {
            var i = bytes[from..].IndexOf("\u007fELF"u8);
            if (i < 0)
            {
                break;
            }
            var at = from + i;
            // Class (32/64-bit), byte order and version 1: random bytes almost never continue like that.
            if (at + 7 <= bytes.Length && bytes[at + 4] is 1 or 2 && bytes[at + 5] is 1 or 2 && bytes[at + 6] == 1)
            {
                return true;
            }
            from = at + 4;
        }
        return false;
    }

    private static bool IsDelimiter(byte b) =>
        b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0 or (byte)'(' or (byte)')' or (byte)'<'
            or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
