using System.Text.Json;

namespace Saas.Signatures.Verification;

/// <summary>How a report is kept with a file (jsonb) and read back: one serializer, so what is stored is what is shown.</summary>
public static class SignatureReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(SignatureReport report) => JsonSerializer.Serialize(report, Options);

    public static SignatureReport? Deserialize(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<SignatureReport>(json, Options);

    /// <summary>The stored status word: unsigned | valid | invalid | indeterminate.</summary>
    public static string StatusWord(SignatureStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
