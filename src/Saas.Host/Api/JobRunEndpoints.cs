using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Saas.Identity.Authorization;
using Saas.Platform.Data;
using Saas.Platform.Text;

namespace Saas.Host.Api;

/// <summary>
/// /api/v1/platform/job-runs: what the clustered scheduler ran, where, and how it ended. It stays in Host: the jobs of
/// every module run in the one scheduler, so their runs are a platform-wide, cross-module view.
/// </summary>
public static class JobRunEndpoints
{
    public static RouteGroupBuilder MapJobRunEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/platform/job-runs", ListAsync).RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: jobs")
            .WithSummary(Texts.Bilingual("host.api.job_runs"));
        return api;
    }

    public static async Task<Ok<List<JobRunDto>>> ListAsync(NpgsqlDataSourceRegistry sources, IOptions<DatabaseOptions> db, string? job, int? limit, CancellationToken ct)
    {
        await using var cmd = sources.Get(db.Value.ConnectionString).CreateCommand(
            """
            select id, job_name, instance_id, scheduled_fire_time, fired_at, finished_at, succeeded, error, abandoned_at
            from platform.job_runs where (@j::text is null or job_name = @j) order by id desc limit @l
            """);
        cmd.Parameters.AddWithValue("j", NpgsqlTypes.NpgsqlDbType.Text, (object?)job ?? DBNull.Value);
        cmd.Parameters.AddWithValue("l", Math.Clamp(limit ?? 100, 1, 1000));
        var list = new List<JobRunDto>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new JobRunDto(r.GetInt64(0), r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : new DateTimeOffset(r.GetDateTime(3), TimeSpan.Zero),
                new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero),
                r.IsDBNull(5) ? null : new DateTimeOffset(r.GetDateTime(5), TimeSpan.Zero),
                r.IsDBNull(6) ? null : r.GetBoolean(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : new DateTimeOffset(r.GetDateTime(8), TimeSpan.Zero)));
        }
        return TypedResults.Ok(list);
    }
}

public sealed record JobRunDto(long Id, string Job, string Node, DateTimeOffset? ScheduledFireTime, DateTimeOffset FiredAt, DateTimeOffset? FinishedAt, bool? Succeeded, string? Error,
    DateTimeOffset? AbandonedAt = null);
