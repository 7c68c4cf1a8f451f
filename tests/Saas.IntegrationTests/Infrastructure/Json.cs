using System.Text.Json;

namespace Saas.IntegrationTests.Infrastructure;

public static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"not JSON ({(int)response.StatusCode}): {text}");
        }
    }
}
