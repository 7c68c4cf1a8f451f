using Saas.OneStop.Applications;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;

namespace Saas.OneStop.Web.Apis;

public sealed record ApplicationSummaryDto(
    Guid Id, string Code, string ProcedureCode, string ProcedureName, short Channel, short Status, string StatusName, string Holder,
    string ApplicantName, DateTimeOffset SubmittedAt, DateTimeOffset? AppointmentAt, int CurrentStep, string? StepName, string? StepRole,
    DateTimeOffset? StepDueAt, bool IsOriginal, int SupplementCount, string? Timeliness)
{
    public static ApplicationSummaryDto From(Application a) => new(
        a.Id, a.Code, a.ProcedureCode, a.ProcedureName, a.Channel, (short)a.Status, a.Status.Name(), a.Holder, a.ApplicantName,
        a.SubmittedAt, a.EffectiveAppointment, a.CurrentStep, a.Step?.Name, a.Step?.Role, a.StepDueAt, a.IsOriginal, a.SupplementCount, a.Timeliness);
}

public sealed record ApplicationPageDto(IReadOnlyList<ApplicationSummaryDto> Items, int Page, int Size, bool HasMore);

public sealed record ApplicationFileDto(Guid Id, string Purpose, string? PaperCode, string FileName, string MediaType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

public sealed record HandoverDto(int Seq, string UnitName, string FromName, string? ToName, DateTimeOffset HandedAt, DateTimeOffset? StepDueAt, string? Timeliness, string TimelinessName, string? Note);

public sealed record PauseDto(int Seq, string Kind, string? Reason, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt);

public sealed record ApplicationEventDto(DateTimeOffset At, string ActorName, string Kind, short Status, string StatusName, string? Note, bool Public);

public sealed record ApplicationDto(
    ApplicationSummaryDto Summary, string ApplicantIdNumber, string ApplicantPhone, string? ApplicantEmail, string? ApplicantAddress, string? Content,
    DateTimeOffset? ReceivedAt, string? ReceivedByName, DateTimeOffset? OriginalAppointmentAt, DateTimeOffset? ExtendedAppointmentAt,
    DateTimeOffset? FinishedAt, DateTimeOffset? ReturnedAt, string? ReturnedTo, string? ResultNote, string? Reason, IReadOnlyList<RouteStep> Route,
    IReadOnlyList<ApplicationFileDto> Files, IReadOnlyList<HandoverDto> Handovers, IReadOnlyList<PauseDto> Pauses, IReadOnlyList<ApplicationEventDto> History)
{
    public static ApplicationDto From(Application a) => new(
        ApplicationSummaryDto.From(a), a.ApplicantIdNumber, a.ApplicantPhone, a.ApplicantEmail, a.ApplicantAddress, a.Content, a.ReceivedAt,
        a.ReceivedByName, a.AppointmentAt, a.ExtendedAppointmentAt, a.FinishedAt, a.ReturnedAt, a.ReturnedTo, a.ResultNote, a.Reason, a.Route,
        [.. a.Files.OrderBy(f => f.UploadedAt).Select(f => new ApplicationFileDto(f.Id, f.Purpose, f.PaperCode, f.FileName, f.MediaType, f.SizeBytes, f.Sha256, f.UploadedAt))],
        [.. a.Handovers.OrderBy(h => h.Seq).Select(h => new HandoverDto(h.Seq, h.UnitName, h.FromName, h.ToName, h.HandedAt, h.StepDueAt, h.Timeliness, Timeliness.Name(h.Timeliness), h.Note))],
        [.. a.Pauses.OrderBy(p => p.Seq).Select(p => new PauseDto(p.Seq, p.Kind, p.Reason, p.RequestedAt, p.CompletedAt))],
        [.. a.Events.OrderBy(e => e.Id).Select(e => new ApplicationEventDto(e.At, e.ActorName, e.Kind, (short)e.Status, e.Status.Name(), e.Note, e.Public))]);
}

public sealed record CitizenNotificationDto(Guid Id, string Channel, string Recipient, string Body, DateTimeOffset CreatedAt)
{
    public static CitizenNotificationDto From(CitizenNotification n) => new(n.Id, n.Channel, n.Recipient, n.Body, n.CreatedAt);
}

public sealed record ProcedureDto(
    string Code, string Name, string Field, string Level, string TimeUnit, decimal TimeValue, string TimeText, string? ReceiptCutOff, string? Fee,
    string? ResultType, short OnlineLevel, IReadOnlyList<RequiredPaper> Papers, IReadOnlyList<RouteStep> Route, string? FactsNote, bool Active, bool Customized)
{
    public static ProcedureDto From(Procedure p) => new(
        p.Code, p.Name, p.Field, p.Level, p.TimeUnit, p.TimeValue, p.TimeText, p.ReceiptCutOff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        p.Fee, p.ResultType, p.OnlineLevel, p.Papers, p.Route, p.FactsNote, p.Active, p.Customized);
}

/// <summary>One row of the tracking book (form 07).</summary>
public sealed record TrackingRowDto(
    string Code, string ProcedureName, string ApplicantName, string Contact, string Channel, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt,
    DateTimeOffset? FinishedAt, DateTimeOffset? ReturnedAt, short Status, string StatusName, string Timeliness, string? Reason)
{
    public static TrackingRowDto From(Application a) => new(
        a.Code, a.ProcedureName, a.ApplicantName, $"{a.ApplicantAddress} {a.ApplicantPhone}".Trim(), Channels.Name(a.Channel), a.ReceivedAt,
        a.EffectiveAppointment, a.FinishedAt, a.ReturnedAt, (short)a.Status, a.Status.Name(), Saas.OneStop.Applications.Timeliness.Name(a.Timeliness), a.Reason);
}

public sealed record CalendarDayDto(DateOnly Date, int Year, string Kind, string Name, string? Source, bool Draft, string? Note)
{
    public static CalendarDayDto From(CalendarDayRow d) => new(d.Date, d.Year, d.Kind, d.Name, d.Source, d.Draft, d.Note);
}

public sealed record CalendarYearDto(int Year, string? Status, string? Source, IReadOnlyList<CalendarDayDto> Days);

public sealed record CalendarConfirmationDto(int Year, string Status, string Source, string? ConfirmedBy, DateTimeOffset? ConfirmedAt)
{
    public static CalendarConfirmationDto From(CalendarYearRow y) => new(y.Year, y.Status, y.Source, y.ConfirmedBy, y.ConfirmedAt);
}

public sealed record LocalDayDto(DateOnly Date, string Kind, string Name)
{
    public static LocalDayDto From(LocalCalendarDay d) => new(d.Date, d.Kind, d.Name);
}

public sealed record DeadlinePreviewDto(string Procedure, string Limit, DateTimeOffset AppointmentAt, DateTimeOffset CountingStartsAt);

public sealed record RatedDto(bool Rated);


public sealed record DayBody(string? Kind, string? Name, string? Source);

public sealed record NoteBody(string? Note, string? Reason);

public sealed record LookupBody(string? Code, string? Factor);

public sealed record RatingBody(string? Code, string? Factor, Dictionary<string, int>? Scores, string? Comment);

public sealed record ApplicationListParameters(string? Q, short? Status, string? View, DateOnly? From, DateOnly? To, int? Page, int? Size);
