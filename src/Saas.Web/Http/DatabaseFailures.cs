using Npgsql;

namespace Saas.Web.Http;

/// <summary>PostgreSQL down (refused, reset, restarting, out of connection slots): a temporary state of the service, not a fault of the request.</summary>
public static class DatabaseFailures
{
    /// <summary>Connection-level failures anywhere in the chain (EF and the health checks wrap Npgsql's exceptions).</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal)
                                                || pg.SqlState == PostgresErrorCodes.TooManyConnections:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException:
                    // Not a server error: the connection could not be opened or broke (refused, reset, timeout).
                    return true;
            }
        }
        return false;
    }
}
