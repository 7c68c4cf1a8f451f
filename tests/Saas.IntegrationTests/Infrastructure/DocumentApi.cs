using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>Small helpers that speak the documents API the way a client application would.</summary>
public static class DocumentApi
{
    public static byte[] Pdf(string marker = "") =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj<<>>endobj\n% {marker} {Guid.NewGuid()}\ntrailer<<>>\n%%EOF\n");

    /// <summary>A real DOCX whose text is searchable after upload.</summary>
    public static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        }
        return stream.ToArray();
    }

    public static MultipartFormDataContent Form(IDictionary<string, string?> fields, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            if (v is not null)
            {
                form.Add(new StringContent(v), k);
            }
        }
        foreach (var (field, name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, field, name);
        }
        return form;
    }

    public static Dictionary<string, string?> IncomingFields(string subject, string number, string issuer = "UBND xã Các Sơn") => new()
    {
        ["issuerName"] = issuer,
        ["numberNotation"] = number,
        ["issuedDate"] = DateTime.UtcNow.AddHours(7).AddDays(-2).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["documentTypeCode"] = "CV",
        ["subject"] = subject,
        ["signerName"] = "Lê Văn Tám",
        ["signerPosition"] = "Chủ tịch",
        ["urgency"] = "0",
        ["secrecy"] = "0",
        ["pageCount"] = "2",
    };

    public static async Task<JsonElement> CreateIncomingAsync(HttpClient clerk, string subject, string number, params (string Field, string Name, byte[] Bytes)[] files)
    {
        using var response = await clerk.PostAsync("/api/v1/incoming-documents", Form(IncomingFields(subject, number), files));
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"create incoming: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return await response.ReadAsync();
    }

    public static async Task<JsonElement> PostJsonAsync(HttpClient client, string path, object body, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{path}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return await response.ReadAsync();
    }

    /// <summary>Delivery between tenants is asynchronous (outbox); poll instead of sleeping a fixed time.</summary>
    public static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> probe, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }
            await Task.Delay(250);
        }
    }
}
