using Saas.Platform.Statistics;

namespace Saas.Statistics.Catalogue;

/// <summary>
/// Fact names the one-stop module's fact source must produce (its <see cref="IIndicatorFactSource.Name"/> is
/// "onestop"). Written here so the catalogue compiles before that module exists; docs/indicators.md gives each
/// fact's exact counting rule.
/// </summary>
public sealed class OneStopFacts
{
    public static readonly OneStopFacts Instance = new();

    /// <summary>Flow, by receipt day; dims "channel:1|2|3" (KenhThucHien) and "procedure:&lt;code&gt;".</summary>
    public string Received => "onestop.received";

    /// <summary>Flow, by end-of-processing day; the three below partition it.</summary>
    public string Finished => "onestop.finished";

    public string Early => "onestop.finished_early";

    public string OnTime => "onestop.finished_on_time";

    public string Late => "onestop.finished_late";

    /// <summary>Flow: minutes from valid receipt to end of processing, minus the citizen's supplement time, summed over finished applications.</summary>
    public string ProcessingMinutes => "onestop.processing_minutes";

    /// <summary>Flow, by end-of-processing day: finished applications that had at least one supplement request.</summary>
    public string Supplemented => "onestop.supplemented";

    public string Rated => "onestop.rated";

    public string Satisfied => "onestop.rated_satisfied";

    /// <summary>Flow, by end-of-processing day: finished applications with a complaint or a "not satisfied" rating.</summary>
    public string Complaints => "onestop.complaints";

    public string PendingInTime => "onestop.pending_in_time";

    public string PendingOverdue => "onestop.pending_overdue";

    public string Synced => "onestop.synced_dvcqg";

    public string WithFees => "onestop.with_fees";

    public string PaidOnline => "onestop.paid_online";

    public string ResultRequired => "onestop.result_required";

    public string ElectronicResult => "onestop.electronic_result";

    public string Digitised => "onestop.digitised";

    public string Reused => "onestop.reused_data";

    /// <summary>Stock: procedures the unit handles, and those with a partial or full online service.</summary>
    public string Procedures => "onestop.procedures";

    public string ProceduresOnline => "onestop.procedures_online";

    public string ProceduresWithPayment => "onestop.procedures_payment";

    public IReadOnlyList<string> Stocks => [PendingInTime, PendingOverdue, Procedures, ProceduresOnline, ProceduresWithPayment];
}
