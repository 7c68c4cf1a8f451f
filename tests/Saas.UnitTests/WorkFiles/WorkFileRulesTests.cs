using Saas.Platform.Results;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Tasks;

namespace Saas.UnitTests.WorkFiles;

/// <summary>The aggregates guard their own steps: a file is filled while open, closed once, deposited once; a task moves only as its people may move it.</summary>
public sealed class WorkFileRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    private static WorkFileDocument Doc(int pages, bool electronic = true) =>
        new() { DocumentKind = "incoming", DocumentId = Guid.NewGuid(), Title = "Công văn", Pages = pages, Electronic = electronic };

    private static WorkFile File(int? retention = 10) => new() { Code = "01.VP", Title = "Hồ sơ", RetentionYears = retention, StartDate = Today.AddDays(-30) };

    [Fact]
    public void An_open_file_takes_documents_once_each_and_closes_with_its_counts_and_deposit_date()
    {
        var file = File();
        var doc = Doc(3, electronic: false);
        Assert.Null(file.Attach(doc));
        Assert.Equal("workfiles.file.already_attached", file.Attach(doc)?.Key);
        Assert.Null(file.Attach(Doc(2)));

        Assert.Null(file.Close(Today, null, Today, Now));

        Assert.Equal(WorkFileStatus.Closed, file.Status);
        Assert.Equal((2, 5, false), (file.DocCount, file.PageCount, file.FullyOnline));
        Assert.Equal(Today.AddYears(1), file.DepositDue);
        Assert.Equal("workfiles.file.read_only", file.Attach(Doc(1))?.Key);
        Assert.Equal("workfiles.file.already_closed", file.CanClose()?.Key);
        Assert.Null(file.CanExport());
    }

    [Fact]
    public void Closing_needs_a_document_and_an_end_date_between_the_start_and_today()
    {
        var file = File();
        Assert.Equal(("documents", OutcomeKind.Invalid), (file.Close(Today, null, Today, Now)?.Field, file.Close(Today, null, Today, Now)!.Kind));
        file.Attach(Doc(1));
        Assert.Equal("endDate", file.Close(Today.AddDays(1), null, Today, Now)?.Field);
        Assert.Equal("endDate", file.Close(file.StartDate.AddDays(-1), null, Today, Now)?.Field);
        Assert.Equal(WorkFileStatus.Open, file.Status);
        Assert.Equal("workfiles.file.export_closed_only", file.CanExport()?.Key);
    }

    [Fact]
    public void Only_a_closed_file_kept_five_years_or_more_is_deposited_and_only_once()
    {
        var file = File();
        Assert.Equal(OutcomeKind.Conflict, file.Deposit("Văn thư", Now)?.Kind);
        file.Attach(Doc(1));
        file.Close(Today, null, Today, Now);
        Assert.Null(file.Deposit("Văn thư", Now));
        Assert.Equal(WorkFileStatus.Deposited, file.Status);
        Assert.Equal(OutcomeKind.Conflict, file.CanDeposit()?.Kind);

        var shortLived = File(retention: 2);
        shortLived.Attach(Doc(1));
        shortLived.Close(Today, null, Today, Now);
        Assert.Equal("retentionYears", shortLived.CanDeposit()?.Field);
    }

    [Fact]
    public void Statuses_keep_the_strings_stored_before_they_became_types()
    {
        Assert.Equal(["open", "closed", "deposited"], Enum.GetValues<WorkFileStatus>().Select(s => s.Code()));
        Assert.Equal(["assigned", "in-progress", "submitted", "accepted", "returned", "cancelled"], Enum.GetValues<WorkTaskStatus>().Select(s => s.Code()));
        Assert.Equal(["draft", "approved"], Enum.GetValues<FilePlanStatus>().Select(s => s.Code()));
        Assert.All(Enum.GetValues<WorkTaskStatus>(), s => Assert.Equal(s, TaskStatuses.FromCode(s.Code())));
    }

    [Fact]
    public void A_task_moves_from_assignee_to_lead_to_assigner_and_back()
    {
        var task = new WorkTask
        {
            AssignerId = "leader",
            Deadline = Today.AddDays(-1),
            Assignees = [new TaskAssignee { AssigneeId = "lead", Role = "lead" }, new TaskAssignee { AssigneeId = "unit:VP", Role = "coordinate" }],
        };
        Assert.True(task.IsOverdue(Today));
        Assert.Equal("progress", task.ReportProgress(["lead"], 120)?.Field);
        Assert.Equal(OutcomeKind.Conflict, task.ReportProgress(["someone"], 10)?.Kind);
        Assert.Null(task.ReportProgress(["member", "unit:VP"], 40)); // a member of the unit the task was given to
        Assert.Equal("workfiles.task.submit_lead_only", task.Submit(["member", "unit:VP"], "Xong")?.Key);
        Assert.False(task.CanReview("leader"));

        Assert.Null(task.Submit(["lead"], "Xong"));
        Assert.Equal((WorkTaskStatus.Submitted, 100), (task.Status, task.Progress));
        Assert.False(task.IsOverdue(Today)); // waiting for the assigner, not for the assignees
        Assert.NotNull(task.CanReportProgress(["lead"]));
        Assert.Equal(OutcomeKind.Conflict, task.Accept("lead")?.Kind);
        Assert.Equal("note", task.Return("leader", " ")?.Field);

        Assert.Null(task.Return("leader", "Bổ sung số liệu"));
        Assert.Equal(WorkTaskStatus.Returned, task.Status);
        Assert.Null(task.Submit(["lead"], "Đã bổ sung"));
        Assert.Null(task.Accept("leader"));
        Assert.False(task.IsOpen);
        Assert.NotNull(task.Submit(["lead"], "Lần nữa"));
    }

    [Fact]
    public void An_approved_file_list_is_fixed()
    {
        var plan = new FilePlan { Year = 2026 };
        Assert.Equal(OutcomeKind.NotFound, plan.Approve("Lãnh đạo", Now)?.Kind); // nothing to approve yet
        plan.Items.Add(new FilePlanItem { Code = "01.TH", Title = "Hồ sơ", Heading = "I" });
        Assert.Null(plan.CanChange());
        Assert.Null(plan.Approve("Lãnh đạo", Now));
        Assert.Equal((FilePlanStatus.Approved, "Lãnh đạo"), (plan.Status, plan.ApprovedBy));
        Assert.Equal("workfiles.plan.approved_fixed", plan.CanChange()?.Key);
        Assert.Equal("workfiles.plan.already_approved", plan.Approve("Lãnh đạo", Now)?.Key);
    }
}
