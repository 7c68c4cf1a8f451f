using Saas.IntegrationTests.Edge;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>
/// Issue 11 item 7: options are validated when the host starts (data annotations + ValidateOnStart), so a wrong
/// setting stops the node at once with the setting's name, instead of surfacing on the first mail, login or job.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData(18191, "Smtp:Port", "0", "Smtp:Port must be between 1 and 65535")]
    [InlineData(18192, "Smtp:From", "not-an-address", "Smtp:From must be an e-mail address")]
    [InlineData(18193, "Keycloak:SslRequired", "sometimes", "Keycloak:SslRequired must be none, external or all")]
    [InlineData(18194, "Scheduling:HeartbeatSeconds", "0", "Scheduling:HeartbeatSeconds must be between 1 and 86400")]
    [InlineData(18195, "Redis:BreakSeconds", "0", "Redis:BreakSeconds must be between 1 and 3600")]
    public async Task A_host_with_an_invalid_option_does_not_start_and_names_it(int port, string key, string value, string message)
    {
        var (exitCode, output) = await HostRun.ServeUntilExitAsync(port, [.. TestEnvironment.HostArgs(PlatformFixture.Database),
            "--Scheduling:Enabled", "false", $"--{key}", value]);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }
}
