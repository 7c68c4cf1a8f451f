using Saas.OneStop.Catalogue;

namespace Saas.OneStop.Delivery;

public sealed record FileRef(string Sha256, string FileName, string MediaType, long SizeBytes, string Purpose, string? PaperCode);

/// <summary>The application passes to another tenant of the route (liên thông), with the papers.</summary>
public sealed record HandoverPayload(
    Guid OriginTenantId, Guid OriginApplicationId, Guid SenderTenantId, string SenderName, string SenderPerson, string Code,
    string ProcedureCode, string ProcedureName, short Channel, string ApplicantName, string ApplicantIdNumber, string ApplicantPhone,
    string? ApplicantAddress, string? Content, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, IReadOnlyList<RouteStep> Route,
    int Step, decimal TotalHours, int SupplementCount, string? Note, IReadOnlyList<FileRef> Files);

/// <summary>A tenant further down the route finished its part: the results go back to the receiving tenant.</summary>
public sealed record HandbackPayload(Guid OriginApplicationId, string SenderName, string SenderPerson, DateTimeOffset FinishedAt, string? Note, IReadOnlyList<FileRef> Results);

/// <summary>A status change the receiving tenant must show the citizen (supplement request, stop).</summary>
public sealed record StatusPayload(Guid OriginApplicationId, short Status, string SenderName, string? Note, DateTimeOffset At);

/// <summary>The citizen completed the papers at the receiving tenant: the clock runs again where the application is.</summary>
public sealed record SupplementedPayload(Guid OriginApplicationId, DateTimeOffset CompletedAt, DateTimeOffset? AppointmentAt, IReadOnlyList<FileRef> Files);
