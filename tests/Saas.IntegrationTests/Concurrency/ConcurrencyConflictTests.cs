using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Concurrency;

/// <summary>
/// Conflicts the database reports while saving (EF's concurrency check, a deadlock, a serialization failure) reach the
/// client as a 409 problem through the host's real exception handlers, not as a 500; other faults are left alone.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrencyConflictTests(PlatformFixture platform)
{
    public static TheoryData<string> Conflicts => ["ef", "deadlock", "serialization"];

    private static Exception Make(string kind) => kind switch
    {
        "ef" => new DbUpdateConcurrencyException("The database operation was expected to affect 1 row(s), but actually affected 0 row(s)."),
        "deadlock" => new DbUpdateException("save failed", new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)),
        _ => new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure),
    };

    private async Task<(bool Handled, HttpContext Context)> HandleAsync(Exception exception)
    {
        await using var scope = platform.Services.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = "/api/v1/work-files/00000000-0000-0000-0000-000000000001/close";
        context.Response.Body = new MemoryStream();
        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, CancellationToken.None))
            {
                return (true, context);
            }
        }
        return (false, context);
    }

    [Theory]
    [MemberData(nameof(Conflicts))]
    public async Task A_save_conflict_is_a_409_problem(string kind)
    {
        var (handled, context) = await HandleAsync(Make(kind));
        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(context.Response.Body).RootElement;
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("Người khác đang thay đổi cùng mục này", problem.GetProperty("detail").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Other_faults_are_not_dressed_up_as_conflicts()
    {
        var (handled, _) = await HandleAsync(new InvalidOperationException("a bug"));
        Assert.False(handled);
    }
}
