using System.Globalization;
using Saas.Files.Sniffing;
using Saas.Platform.Text;

namespace Saas.Files.Intake;

/// <summary>
/// Rejection messages from <c>Resources/files.*.json</c>, written "Vietnamese / English" (<see cref="Texts.Bilingual"/>):
/// the message names a limit or an extension, and it reaches API problems and pages of several modules as one text.
/// </summary>
internal static class IntakeMessages
{
    public static IntakeResult.Rejected TooLarge(long maxBytes)
    {
        var limit = FormatSize(maxBytes);
        return new(IntakeErrorCodes.TooLarge,
            Texts.Bilingual("files.intake.too_large", limit));
    }

    public static IntakeResult.Rejected Empty() =>
        new(IntakeErrorCodes.Empty, Texts.Bilingual("files.intake.empty"));

    public static IntakeResult.Rejected BadName() =>
        new(IntakeErrorCodes.BadName, Texts.Bilingual("files.intake.bad_name"));

    public static IntakeResult.Rejected Unsupported(IReadOnlySet<string> allowedMediaTypes)
    {
        var allowed = AllowedLabels(allowedMediaTypes);
        return new(IntakeErrorCodes.UnsupportedType,
            Texts.Bilingual("files.intake.unsupported", allowed));
    }

    public static IntakeResult.Rejected Disguised(SniffVerdict verdict)
    {
        var claimed = verdict.ClaimedExtension.Length == 0 ? "?" : verdict.ClaimedExtension;
        return new(IntakeErrorCodes.Disguised,
            Texts.Bilingual("files.intake.disguised", claimed));
    }

    public static IntakeResult.Rejected Bomb(long maxInflatedBytes)
    {
        var limit = FormatSize(maxInflatedBytes);
        return new(IntakeErrorCodes.Bomb,
            Texts.Bilingual("files.intake.bomb", limit));
    }

    public static IntakeResult.Rejected ActiveContent() =>
        new(IntakeErrorCodes.ActiveContent,
            Texts.Bilingual("files.intake.active_content"));

    /// <summary>Whole MB when possible ("20 MB"), otherwise one decimal, KB below a megabyte.</summary>
    internal static string FormatSize(long bytes)
    {
        const double Mb = 1024 * 1024;
        return bytes >= Mb
            ? (bytes / Mb).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
    }

    private static string AllowedLabels(IReadOnlySet<string> allowedMediaTypes) =>
        string.Join(", ", FileKinds.All.Where(k => allowedMediaTypes.Contains(k.MediaType)).Select(k => k.Label));
}
