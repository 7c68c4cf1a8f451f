using System.Buffers.Binary;
using System.Text;

namespace Saas.Files.Sniffing;

/// <summary>
/// Tells legacy .doc from .xls (and from other OLE files such as .msi or .msg, which share the magic) by the
/// streams at the top of the compound file: Word keeps "WordDocument" there, Excel "Workbook" (or "Book" for
/// Excel 5). Only the children of the root storage count, so a Word file with an embedded sheet stays a .doc.
/// Follows the MS-CFB layout just far enough to read the directory; every loop is bounded by the file size.
/// </summary>
internal static class OleCompoundFile
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const byte StreamObject = 2;

    public static FileKind? Classify(Stream content)
    {
        try
        {
            var names = RootStreamNames(content);
            if (names is null)
            {
                return null;
            }
            if (names.Contains("WordDocument"))
            {
                return FileKinds.Doc;
            }
            return names.Contains("Workbook") || names.Contains("Book") ? FileKinds.Xls : null;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return null;
        }
    }

    private static HashSet<string>? RootStreamNames(Stream content)
    {
        var header = new byte[HeaderSize];
        content.Position = 0;
        if (content.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize)
        {
            return null;
        }
        int shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return null;
        }
        var sectorSize = 1 << shift;
        var maxSectors = content.Length / sectorSize + 1;
        var fatCount = U32(header, 0x2C);
        if (fatCount > maxSectors)
        {
            return null;
        }

        // Where the FAT sectors are: the first 109 are listed in the header, the rest in the DIFAT chain.
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109 && fatSectors.Count < fatCount; i++)
        {
            fatSectors.Add(U32(header, 0x4C + 4 * i));
        }
        var sector = new byte[sectorSize];
        var difat = U32(header, 0x44);
        for (long d = 0; d < U32(header, 0x48) && fatSectors.Count < fatCount; d++)
        {
            if (d > maxSectors || !ReadSector(content, difat, shift, sector))
            {
                return null;
            }
            for (var i = 0; i < sectorSize / 4 - 1 && fatSectors.Count < fatCount; i++)
            {
                fatSectors.Add(U32(sector, 4 * i));
            }
            difat = U32(sector, sectorSize - 4);
        }

        var directory = new List<byte>();
        var current = U32(header, 0x30);
        for (long visited = 0; current <= MaxRegularSector; visited++)
        {
            if (visited > maxSectors || !ReadSector(content, current, shift, sector))
            {
                return null;
            }
            directory.AddRange(sector);
            current = NextInChain(content, fatSectors, current, shift);
        }
        return ChildrenOfRoot(directory.ToArray());
    }

    /// <summary>The root entry's children form a red-black tree through the left/right sibling links.</summary>
    private static HashSet<string> ChildrenOfRoot(byte[] directory)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entryCount = directory.Length / DirectoryEntrySize;
        if (entryCount == 0)
        {
            return names;
        }
        var pending = new Stack<uint>();
        var seen = new HashSet<uint>();
        pending.Push(U32(directory, 0x4C));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id >= entryCount || !seen.Add(id))
            {
                continue;
            }
            var offset = (int)id * DirectoryEntrySize;
            int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(offset + 0x40));
            if (directory[offset + 0x42] == StreamObject && nameBytes is >= 2 and <= 64)
            {
                names.Add(Encoding.Unicode.GetString(directory, offset, nameBytes - 2));
            }
            pending.Push(U32(directory, offset + 0x44));
            pending.Push(U32(directory, offset + 0x48));
        }
        return names;
    }

    private static uint NextInChain(Stream content, List<uint> fatSectors, uint sector, int shift)
    {
        var perSector = (1 << shift) / 4;
        var index = sector / perSector;
        if (index >= fatSectors.Count)
        {
            throw new IOException("Sector outside the FAT.");
        }
        Span<byte> entry = stackalloc byte[4];
        var position = (((long)fatSectors[(int)index] + 1) << shift) + sector % perSector * 4;
        if (position + 4 > content.Length)
        {
            throw new IOException("FAT entry past the end of the file.");
        }
        content.Position = position;
        content.ReadExactly(entry);
        return BinaryPrimitives.ReadUInt32LittleEndian(entry);
    }

    private static bool ReadSector(Stream content, uint sector, int shift, byte[] buffer)
    {
        if (sector > MaxRegularSector)
        {
            return false;
        }
        var position = ((long)sector + 1) << shift;
        if (position + buffer.Length > content.Length)
        {
            return false;
        }
        content.Position = position;
        content.ReadExactly(buffer);
        return true;
    }

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
}
