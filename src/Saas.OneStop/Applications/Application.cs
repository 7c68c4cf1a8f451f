using System.ComponentModel.DataAnnotations.Schema;
using System.Text.Json;
using Saas.OneStop.Catalogue;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Applications;

/// <summary>
/// Hồ sơ thủ tục hành chính. The receiving tenant holds the citizen's record; a tenant further down the route holds
/// its own copy (<see cref="OriginApplicationId"/> set) and sees only its part of the history.
/// </summary>
public sealed partial class Application : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public Guid? OriginTenantId { get; set; }

    public Guid? OriginApplicationId { get; set; }

    public string ProcedureCode { get; set; } = "";

    public string ProcedureName { get; set; } = "";

    public short Channel { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>here | away: with another tenant of the route.</summary>
    public string Holder { get; set; } = "here";

    public Guid? HolderTenantId { get; set; }

    public string ApplicantName { get; set; } = "";

    public string ApplicantIdNumber { get; set; } = "";

    public string ApplicantPhone { get; set; } = "";

    public string? ApplicantEmail { get; set; }

    public string? ApplicantAddress { get; set; }

    public string? Content { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public string? ReceivedBy { get; set; }

    public string? ReceivedByName { get; set; }

    public DateTimeOffset? AppointmentAt { get; set; }

    public DateTimeOffset? CountingStartsAt { get; set; }

    public DateTimeOffset? ExtendedAppointmentAt { get; set; }

    public string RouteJson { get; set; } = "[]";

    public decimal TotalHours { get; set; }

    public int CurrentStep { get; set; }

    public DateTimeOffset? StepStartedAt { get; set; }

    public DateTimeOffset? StepDueAt { get; set; }

    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public int SupplementCount { get; set; }

    public DateTimeOffset? PausedSince { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Timeliness { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public string? ReturnedTo { get; set; }

    public string? ResultNote { get; set; }

    public string? Reason { get; set; }

    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ApplicationFile> Files { get; set; } = [];

    public List<Handover> Handovers { get; set; } = [];

    public List<Pause> Pauses { get; set; } = [];

    public List<ApplicationEvent> Events { get; set; } = [];

    [NotMapped]
    public IReadOnlyList<RouteStep> Route
    {
        get => JsonSerializer.Deserialize<List<RouteStep>>(RouteJson, Procedure.Json) ?? [];
        set => RouteJson = JsonSerializer.Serialize(value, Procedure.Json);
    }

    [NotMapped]
    public RouteStep? Step => CurrentStep < Route.Count ? Route[CurrentStep] : null;

    /// <summary>The date the citizen is told: the apology letter's new date when there is one.</summary>
    [NotMapped]
    public DateTimeOffset? EffectiveAppointment => ExtendedAppointmentAt ?? AppointmentAt;

    [NotMapped]
    public bool IsOriginal => OriginApplicationId is null;
}

public sealed class ApplicationFile : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>paper | supplement | result.</summary>
    public string Purpose { get; set; } = "";

    public string? PaperCode { get; set; }

    public string Sha256 { get; set; } = "";

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>One row of the phiếu kiểm soát quá trình giải quyết hồ sơ (form 06).</summary>
public sealed class Handover : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ApplicationId { get; set; }

    public int Seq { get; set; }

    public string UnitName { get; set; } = "";

    public string FromName { get; set; } = "";

    public string ToName { get; set; } = "";

    public DateTimeOffset HandedAt { get; set; }

    public DateTimeOffset? StepDueAt { get; set; }

    public string? Timeliness { get; set; }

    public string? Note { get; set; }
}

/// <summary>The clock stopped: a supplement request or a financial obligation, from request to completion.</summary>
public sealed class Pause : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ApplicationId { get; set; }

    public int Seq { get; set; }

    public string Kind { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTimeOffset? CompletedAt { get; set; }
}

public sealed class ApplicationEvent : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ApplicationId { get; set; }

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string ActorName { get; set; } = "";

    public string Kind { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public string? Note { get; set; }

    public bool Public { get; set; } = true;
}

public sealed class Rating : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ApplicationId { get; set; }

    public string ScoresJson { get; set; } = "{}";

    public string? Comment { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}

public sealed class CitizenNotification : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public string Channel { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
