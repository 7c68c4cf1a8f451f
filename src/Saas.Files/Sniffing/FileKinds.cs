using System.Collections.Frozen;

namespace Saas.Files.Sniffing;

/// <summary>The kinds the sniffer knows and the usual allow-lists.</summary>
public static class FileKinds
{
    public static readonly FileKind Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly FileKind Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly FileKind Doc = new("DOC", "application/msword", ".doc");
    public static readonly FileKind Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly FileKind Xls = new("XLS", "application/vnd.ms-excel", ".xls");
    public static readonly FileKind Png = new("PNG", "image/png", ".png");
    public static readonly FileKind Jpeg = new("JPEG", "image/jpeg", ".jpg", ".jpeg", ".jpe");
    public static readonly FileKind Tiff = new("TIFF", "image/tiff", ".tif", ".tiff");
    public static readonly FileKind Xml = new("XML", "application/xml", ".xml");

    public static readonly IReadOnlyList<FileKind> All = [Pdf, Docx, Doc, Xlsx, Xls, Png, Jpeg, Tiff, Xml];

    /// <summary>Attachments of official documents: office formats, PDF and scans. XML (edXML) is not among them yet.</summary>
    public static readonly IReadOnlySet<string> DocumentMediaTypes = new[] { Pdf, Docx, Doc, Xlsx, Xls, Png, Jpeg, Tiff }
        .Select(k => k.MediaType)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FileKind> ByExtension = All
        .SelectMany(k => k.Extensions.Select(e => KeyValuePair.Create(e, k)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FileKind> ByMediaType = All
        .ToFrozenDictionary(k => k.MediaType, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind an extension (with the dot, any case) claims, or null.</summary>
    public static FileKind? FromExtension(string? extension) =>
        extension is not null && ByExtension.TryGetValue(extension, out var kind) ? kind : null;

    public static FileKind? FromMediaType(string? mediaType) =>
        mediaType is not null && ByMediaType.TryGetValue(mediaType, out var kind) ? kind : null;
}
