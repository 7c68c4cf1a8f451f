namespace Saas.Files.Inspection;

/// <summary>
/// How far a compressed upload may expand (<c>Files:Inflation</c>). The upload limit counts compressed bytes only, and
/// deflate reaches about 1000:1: a 164 KB DOCX inflated to 160 MB and took half a gigabyte of server memory while its
/// text was read. Real documents stay far below these: Word's document.xml compresses 5–20:1, scans and images ~1:1.
/// </summary>
public sealed class InflationLimits
{
    public static readonly InflationLimits Default = new();

    /// <summary>All entries of a package (or all Flate streams of a PDF) together, inflated.</summary>
    public long MaxInflatedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Zip entries; a DOCX has a few dozen, an XLSX a few hundred. The directory itself costs memory to read.</summary>
    public int MaxEntries { get; set; } = 2_000;

    /// <summary>Inflated : compressed of one entry or stream, and of the whole file, once past <see cref="RatioFloorBytes"/>.</summary>
    public int MaxRatio { get; set; } = 200;

    /// <summary>Small parts are exempt from the ratio: a 40 KB run of spaces is harmless and compresses 1000:1.</summary>
    public long RatioFloorBytes { get; set; } = 1024 * 1024;

    public bool IsValid => MaxInflatedBytes > 0 && MaxEntries > 0 && MaxRatio > 1 && RatioFloorBytes >= 0;
}
