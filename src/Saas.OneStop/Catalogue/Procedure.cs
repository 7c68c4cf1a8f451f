using System.ComponentModel.DataAnnotations.Schema;
using System.Text.Json;
using Saas.Calendar;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Catalogue;

/// <summary>Thủ tục hành chính as one tenant handles it: time limit, papers, fees and the processing route.</summary>
public sealed class Procedure : ITenantOwned
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid TenantId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Field { get; set; } = "";

    public string Level { get; set; } = "";

    /// <summary>days | hours.</summary>
    public string TimeUnit { get; set; } = "days";

    public decimal TimeValue { get; set; }

    public TimeOnly? ReceiptCutOff { get; set; }

    public string? Fee { get; set; }

    public string? ResultType { get; set; }

    public short OnlineLevel { get; set; } = 2;

    public string PapersJson { get; set; } = "[]";

    public string RouteJson { get; set; } = "[]";

    /// <summary>What was not verified about this procedure's legal facts (shown to the tenant admin).</summary>
    public string? FactsNote { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Edited by the tenant admin: <c>tenants apply</c> no longer overwrites it.</summary>
    public bool Customized { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    [NotMapped]
    public IReadOnlyList<RequiredPaper> Papers
    {
        get => JsonSerializer.Deserialize<List<RequiredPaper>>(PapersJson, Json) ?? [];
        set => PapersJson = JsonSerializer.Serialize(value, Json);
    }

    [NotMapped]
    public IReadOnlyList<RouteStep> Route
    {
        get => JsonSerializer.Deserialize<List<RouteStep>>(RouteJson, Json) ?? [];
        set => RouteJson = JsonSerializer.Serialize(value, Json);
    }

    public DeadlineRule DeadlineRule() => new(
        TimeUnit == "hours" ? TimeLimit.WorkingHours((double)TimeValue) : TimeLimit.WorkingDays((int)TimeValue),
        ReceiptCutOff);

    public string TimeText => TimeUnit == "hours" ? $"{TimeValue:0.##} giờ làm việc" : $"{TimeValue:0} ngày làm việc";
}

/// <summary>Thành phần hồ sơ: one paper the citizen hands in.</summary>
public sealed record RequiredPaper
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public bool Required { get; init; } = true;

    public int Copies { get; init; } = 1;
}

/// <summary>
/// One step of the processing route. <see cref="Unit"/> is "self" (the receiving tenant) or the slug of another
/// tenant (liên thông: a commune receives, a provincial department decides, the commune returns the result).
/// <see cref="Share"/> is the step's part of the total time; the return step has none.
/// </summary>
public sealed record RouteStep
{
    public const string Self = "self";

    public string Name { get; init; } = "";

    public string Unit { get; init; } = Self;

    public string Role { get; init; } = "";

    public decimal Share { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSelf => Unit == Self;
}
