namespace Saas.WorkFiles.FilePlans;

public sealed record FilePlanItemInput(string? Heading, string? Code, string? Title, int? RetentionYears, bool? Permanent, string? Responsible);

public static class Retention
{
    /// <summary>"5 năm", "10", "Vĩnh viễn"/"VV" as written in file lists; null result with ok=false when unreadable.</summary>
    public static (bool Ok, int? Years) Parse(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t is "vĩnh viễn" or "vinh vien" or "vv")
        {
            return (true, null);
        }
        var digits = new string(t.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var years) && years is >= 1 and <= 100 ? (true, years) : (false, null);
    }

    public static string Describe(int? years) => years is null ? "Vĩnh viễn" : $"{years} năm";
}
