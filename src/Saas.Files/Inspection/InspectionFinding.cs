namespace Saas.Files.Inspection;

/// <summary>Why a file is refused by <see cref="ContentInspector"/>.</summary>
public enum InspectionFinding
{
    /// <summary>Inflates past the limits (size, entries or ratio): a decompression bomb.</summary>
    Bomb,

    /// <summary>A PDF with JavaScript, a launch action, or an embedded file or executable.</summary>
    ActiveContent,
}
