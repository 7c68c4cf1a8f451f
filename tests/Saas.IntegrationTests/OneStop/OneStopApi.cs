using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.OneStop;

/// <summary>Helpers speaking the one-stop API as the counter software or the public portal would.</summary>
public static class OneStopApi
{
    public const string Commune = "phuong-hac-thanh";
    public const string Department = "so-noi-vu";
    public const string LinkedProcedure = "1.010821";
    public const string LocalProcedure = "1.004873";

    public static Dictionary<string, string?> Applicant(string procedure, string name = "Nguyễn Văn An", string phone = "0912345678", string id = "038095001234") => new()
    {
        ["procedureCode"] = procedure,
        ["name"] = name,
        ["idNumber"] = id,
        ["phone"] = phone,
        ["address"] = "Phường Hạc Thành, tỉnh Thanh Hóa",
        ["content"] = "Đề nghị giải quyết",
    };

    public static (string, string, byte[])[] LinkedPapers() =>
        [("paper.to-khai", "to-khai.pdf", DocumentApi.Pdf("to-khai")), ("paper.giay-bao-tu", "giay-bao-tu.pdf", DocumentApi.Pdf("bao-tu"))];

    public static async Task<JsonElement> SubmitOnlineAsync(HttpClient anonymous, string procedure, params (string, string, byte[])[] files)
    {
        using var response = await anonymous.PostAsync($"/api/v1/public/onestop/{Commune}/applications", DocumentApi.Form(Applicant(procedure), files));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"submit: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ReceiveAtCounterAsync(HttpClient counter, string procedure, string name = "Lê Thị Hoa")
    {
        var fields = Applicant(procedure, name);
        fields["papers"] = "to-khai";
        using var response = await counter.PostAsync("/api/v1/onestop/applications", DocumentApi.Form(fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"receive: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null)
    {
        using var response = await client.PostAsJsonAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The copy a tenant down the route holds, found by the application code once the outbox delivered it.</summary>
    public static Task<JsonElement> EventuallyFindAsync(HttpClient client, string code, int status) =>
        DocumentApi.EventuallyAsync(async () =>
        {
            var list = await GetAsync(client, $"/api/v1/onestop/applications?q={Uri.EscapeDataString(code)}");
            var match = list.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("code").GetString() == code);
            return match.ValueKind == JsonValueKind.Object && match.GetProperty("status").GetInt32() == status ? match : null;
        }, $"{code} in status {status}");
}
