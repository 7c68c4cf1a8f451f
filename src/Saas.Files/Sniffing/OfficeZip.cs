using System.IO.Compression;
using System.Xml;

namespace Saas.Files.Sniffing;

/// <summary>
/// Tells DOCX and XLSX from other zips by reading the central directory and the package's content types,
/// never by decompressing the document itself.
/// </summary>
internal static class OfficeZip
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    // [Content_Types].xml is a few KB; a bigger one is either hostile or not an office file.
    private const int MaxContentTypesBytes = 1024 * 1024;

    public static FileKind? Classify(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || contentTypes.Length > MaxContentTypesBytes)
            {
                return null;
            }
            var types = ReadContentTypes(contentTypes);
            // The main part's content type is what Word/Excel check too; it also tells a macro-enabled
            // .docm/.xlsm (different content type) from a plain .docx/.xlsx.
            if (types.Contains(WordMain) && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
            {
                return FileKinds.Docx;
            }
            if (types.Contains(ExcelMain) && zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
            {
                return FileKinds.Xlsx;
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    private static HashSet<string> ReadContentTypes(ZipArchiveEntry entry)
    {
        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxContentTypesBytes,
        });
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Override" or "Default" }
                && reader.GetAttribute("ContentType") is { } type)
            {
                types.Add(type.Trim());
            }
        }
        return types;
    }
}
