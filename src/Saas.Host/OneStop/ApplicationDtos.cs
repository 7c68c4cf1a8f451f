using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;

namespace Saas.Host.OneStop;

public sealed record ApplicationSummaryDto(
    Guid Id, string Code, string ProcedureCode, string ProcedureName, short Channel, short Status, string StatusName, string Holder,
    string ApplicantName, DateTimeOffset SubmittedAt, DateTimeOffset? AppointmentAt, int CurrentStep, string? StepName, string? StepRole,
    DateTimeOffset? StepDueAt, bool IsOriginal, int SupplementCount, string? Timeliness)
{
    public static ApplicationSummaryDto From(Application a) => new(
        a.Id, a.Code, a.ProcedureCode, a.ProcedureName, a.Channel, a.Status, ApplicationStatus.Name(a.Status), a.Holder, a.ApplicantName,
        a.SubmittedAt, a.EffectiveAppointment, a.CurrentStep, a.Step?.Name, a.Step?.Role, a.StepDueAt, a.IsOriginal, a.SupplementCount, a.Timeliness);
}

public sealed record ApplicationDto(
    ApplicationSummaryDto Summary, string ApplicantIdNumber, string ApplicantPhone, string? ApplicantEmail, string? ApplicantAddress, string? Content,
    DateTimeOffset? ReceivedAt, string? ReceivedByName, DateTimeOffset? OriginalAppointmentAt, DateTimeOffset? ExtendedAppointmentAt,
    DateTimeOffset? FinishedAt, DateTimeOffset? ReturnedAt, string? ReturnedTo, string? ResultNote, string? Reason, IReadOnlyList<RouteStep> Route,
    IReadOnlyList<object> Files, IReadOnlyList<object> Handovers, IReadOnlyList<object> Pauses, IReadOnlyList<object> History)
{
    public static ApplicationDto From(Application a) => new(
        ApplicationSummaryDto.From(a), a.ApplicantIdNumber, a.ApplicantPhone, a.ApplicantEmail, a.ApplicantAddress, a.Content, a.ReceivedAt,
        a.ReceivedByName, a.AppointmentAt, a.ExtendedAppointmentAt, a.FinishedAt, a.ReturnedAt, a.ReturnedTo, a.ResultNote, a.Reason, a.Route,
        [.. a.Files.OrderBy(f => f.UploadedAt).Select(f => (object)new { f.Id, f.Purpose, f.PaperCode, f.FileName, f.MediaType, f.SizeBytes, f.Sha256, f.UploadedAt })],
        [.. a.Handovers.OrderBy(h => h.Seq).Select(h => (object)new { h.Seq, h.UnitName, h.FromName, h.ToName, h.HandedAt, h.StepDueAt, h.Timeliness, TimelinessName = Timeliness.Name(h.Timeliness), h.Note })],
        [.. a.Pauses.OrderBy(p => p.Seq).Select(p => (object)new { p.Seq, p.Kind, p.Reason, p.RequestedAt, p.CompletedAt })],
        [.. a.Events.OrderBy(e => e.Id).Select(e => (object)new { e.At, e.ActorName, e.Kind, e.Status, StatusName = ApplicationStatus.Name(e.Status), e.Note, e.Public })]);
}

public sealed record ProcedureDto(
    string Code, string Name, string Field, string Level, string TimeUnit, decimal TimeValue, string TimeText, string? ReceiptCutOff, string? Fee,
    string? ResultType, short OnlineLevel, IReadOnlyList<RequiredPaper> Papers, IReadOnlyList<RouteStep> Route, string? FactsNote, bool Active, bool Customized)
{
    public static ProcedureDto From(Procedure p) => new(
        p.Code, p.Name, p.Field, p.Level, p.TimeUnit, p.TimeValue, p.TimeText, p.ReceiptCutOff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        p.Fee, p.ResultType, p.OnlineLevel, p.Papers, p.Route, p.FactsNote, p.Active, p.Customized);
}
