using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.Platform.Results;

namespace Saas.UnitTests;

/// <summary>The application guards its own steps: an illegal one is refused with a reason and changes nothing.</summary>
public sealed class ApplicationTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    private static Application New() => new()
    {
        Id = Guid.NewGuid(),
        Status = ApplicationStatus.New,
        Route = [new RouteStep { Name = "Tiếp nhận", Role = "counter" }, new RouteStep { Name = "Thẩm định", Role = "specialist" },
                 new RouteStep { Name = "Trả kết quả", Role = "counter" }],
    };

    private static Application Received()
    {
        var app = New();
        Assert.True(app.Receive(Now, "u1", "Cán bộ", new Saas.Calendar.DeadlineResult(Now.AddDays(5), Now, TimeSpan.Zero), Now.AddDays(1)).Succeeded);
        return app;
    }

    [Fact]
    public void A_new_application_can_be_received_once()
    {
        var app = Received();
        Assert.Equal(ApplicationStatus.Received, app.Status);
        Assert.False(app.Allows(ApplicationStep.Accept));
        var again = app.Receive(Now, "u2", "Khác", new Saas.Calendar.DeadlineResult(Now, Now, TimeSpan.Zero), null);
        Assert.Equal(OutcomeKind.Conflict, again.Kind);
        Assert.Equal("onestop.application.not_new", again.Message);
        Assert.Equal("u1", app.ReceivedBy);
    }

    [Fact]
    public void Forward_stops_before_the_return_step_and_complete_needs_a_working_status()
    {
        var app = Received();
        Assert.True(app.Forward(Now, null, null, null, null).Succeeded);
        Assert.True(app.AtLastProcessingStep);
        Assert.Equal("onestop.application.last_step", app.WhyNot(ApplicationStep.Forward)?.Message);
        Assert.True(app.Complete("xong", Now).Succeeded);
        Assert.Equal(ApplicationStatus.Done, app.Status);
        Assert.Equal(2, app.CurrentStep);
        Assert.False(app.Allows(ApplicationStep.Complete));
        Assert.True(app.Allows(ApplicationStep.Return));
    }

    [Fact]
    public void Away_the_application_refuses_work_here()
    {
        var app = Received();
        Assert.True(app.Forward(Now, null, Guid.NewGuid(), null, null).Succeeded);
        Assert.Equal("away", app.Holder);
        Assert.Equal("onestop.application.with_another_tenant", app.WhyNot(ApplicationStep.RequestSupplement)?.Message);
    }

    [Fact]
    public void A_supplement_pauses_the_clock_until_it_arrives()
    {
        var app = Received();
        Assert.Equal(OutcomeKind.Invalid, app.RequestSupplement(" ", "Cán bộ", Now).Kind);
        Assert.True(app.RequestSupplement("Bản sao giấy khai sinh", "Cán bộ", Now).Succeeded);
        Assert.Equal(ApplicationStatus.SupplementRequested, app.Status);
        Assert.Single(app.Pauses);
        Assert.False(app.Allows(ApplicationStep.Forward));
        Assert.True(app.CompleteSupplement(Now.AddHours(2)).Succeeded);
        Assert.Equal(ApplicationStatus.Processing, app.Status);
        Assert.NotNull(app.Pauses[0].CompletedAt);
        Assert.Null(app.PausedSince);
    }

    [Fact]
    public void Closing_needs_an_open_application_and_a_reason()
    {
        var app = New();
        Assert.Equal("onestop.application.not_open", app.Close(ApplicationStatus.Stopped, "lý do", Now).Message);
        app = Received();
        Assert.Equal(OutcomeKind.Invalid, app.Close(ApplicationStatus.Withdrawn, null, Now).Kind);
        Assert.Equal(OutcomeKind.Conflict, app.Close(ApplicationStatus.Done, "lý do", Now).Kind);
        Assert.True(app.Close(ApplicationStatus.Withdrawn, "Công dân rút", Now).Succeeded);
        Assert.True(app.Status.IsClosed());
        Assert.False(app.Allows(ApplicationStep.Apologize));
    }

    [Fact]
    public void The_status_is_stored_as_the_national_code()
    {
        Assert.Equal(1, (short)ApplicationStatus.New);
        Assert.Equal(5, (short)ApplicationStatus.SupplementRequested);
        Assert.Equal(10, (short)ApplicationStatus.Returned);
    }
}
