using System.Net;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Statistics;

/// <summary>
/// Exports are Quartz jobs in the clustered PostgreSQL store: the main test host runs no scheduler
/// (<c>Scheduling:Enabled=false</c>), so it only queues them; a scheduling node started by the test builds them.
/// </summary>
internal static class StatisticsExportNode
{
    public static Task<HostProcess> StartAsync(string name, int port) => HostProcess.StartAsync(name, port,
        [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "true", "--Scheduling:InstanceId", name,
         "--Scheduling:CheckinIntervalSeconds", "2"]);

    /// <summary>Polls the export's status (through the main host) until it is done or failed, or a minute has passed.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string statusPath)
    {
        JsonElement status = default;
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync(statusPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            status = await response.ReadAsync();
            if (status.GetProperty("status").GetString() is "done" or "failed")
            {
                break;
            }
            await Task.Delay(200);
        }
        return status;
    }
}
