namespace Saas.Exchange.Edxml;

/// <summary>
/// The type of an attachment by its bytes (senders' declared types disagree and some zip other files): the declared
/// type of a known kind must match its bytes, and a file of unknown declared type must at least be a known kind.
/// </summary>
internal static class AttachmentBytes
{
    public static string? Sniff(ReadOnlySpan<byte> b) =>
        b.StartsWith("%PDF-"u8) ? "pdf"
        : b.StartsWith("PK\x03\x04"u8) ? "zip"
        : b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? "ole"
        : b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? "png"
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "jpeg"
        : b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8) ? "tiff"
        : null;

    /// <summary>The kind a declared content type promises, or null when the type says nothing checkable.</summary>
    public static string? Promised(string contentType) => contentType.Trim().ToLowerInvariant() switch
    {
        "application/pdf" => "pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            or "application/zip" or "application/x-zip-compressed" => "zip",
        "application/msword" or "application/vnd.ms-excel" => "ole",
        "image/png" => "png",
        "image/jpeg" => "jpeg",
        "image/tiff" => "tiff",
        _ => null,
    };
}
