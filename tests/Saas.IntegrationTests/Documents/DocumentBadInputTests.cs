using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>Bad input gets a problem response with field errors, and nothing is stored: no rows, no files.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentBadInputTests(PlatformFixture platform)
{
    private async Task<(long Rows, long Attachments, int Files)> StateAsync() => (
        await platform.ScalarAsync<long>("select count(*) from documents.incoming_documents", role: "superuser"),
        await platform.ScalarAsync<long>("select count(*) from documents.attachments", role: "superuser"),
        Directory.Exists(TestEnvironment.FilesRoot)
            ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Count(f => !f.Contains("/.tmp/", StringComparison.Ordinal))
            : 0);

    private async Task<System.Text.Json.JsonElement> PostExpectingProblemAsync(HttpClient client, MultipartFormDataContent form)
    {
        var before = await StateAsync();
        using var response = await client.PostAsync("/api/v1/incoming-documents", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await StateAsync());
        return (await response.ReadAsync()).GetProperty("errors");
    }

    [Fact]
    public async Task Missing_fields_are_listed()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var errors = await PostExpectingProblemAsync(clerk, DocumentApi.Form(new Dictionary<string, string?> { ["subject"] = "Chỉ có trích yếu" },
            ("files", "scan.pdf", DocumentApi.Pdf())));
        foreach (var field in new[] { "issuerName", "numberNotation", "issuedDate", "documentTypeCode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Theory]
    [InlineData("issuedDate", "ngày mai")]
    [InlineData("issuedDate", "01/01/1900")]
    [InlineData("issuedDate", "31/12/2999")]
    [InlineData("urgency", "năm")]
    [InlineData("urgency", "9")]
    [InlineData("pageCount", "-3")]
    [InlineData("documentTypeCode", "KHONG-CO")]
    public async Task Wrong_types_and_out_of_range_values_are_refused(string field, string value)
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var fields = DocumentApi.IncomingFields("Văn bản sai dữ liệu", "1/UBND");
        fields[field] = value;
        var errors = await PostExpectingProblemAsync(clerk, DocumentApi.Form(fields, ("files", "scan.pdf", DocumentApi.Pdf())));
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Oversized_file_is_refused_by_the_tenants_limit()
    {
        // Sở Tài chính's limit is set to 1 MB in this test run (Files:TenantMaxBytes:so-tai-chinh).
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var big = DocumentApi.Pdf().Concat(new byte[1_200_000]).ToArray();
        var errors = await PostExpectingProblemAsync(clerk, DocumentApi.Form(DocumentApi.IncomingFields("Văn bản quá lớn", "2/UBND"), ("files", "lon.pdf", big)));
        Assert.Contains("MB", errors.GetProperty("files")[0].GetString());
    }

    [Theory]
    [InlineData("virus.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 })]
    [InlineData("trang.pdf", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x3C, 0x2F, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    public async Task Disguised_files_are_refused(string name, byte[] bytes)
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var errors = await PostExpectingProblemAsync(clerk, DocumentApi.Form(DocumentApi.IncomingFields("Văn bản giả", "3/UBND"), ("files", name, bytes)));
        Assert.True(errors.TryGetProperty("files", out _));
    }

    [Fact]
    public async Task A_good_file_next_to_a_bad_one_is_not_left_behind()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        await PostExpectingProblemAsync(clerk, DocumentApi.Form(DocumentApi.IncomingFields("Hai tệp, một tệp giả", "4/UBND"),
            ("files", "tot.pdf", DocumentApi.Pdf("unique-good-file")), ("files", "xau.pdf", new byte[] { 0x4D, 0x5A, 0x00 })));
    }

    [Fact]
    public async Task Json_instead_of_a_form_is_a_problem()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        using var response = await clerk.PostAsJsonAsync("/api/v1/incoming-documents", new { subject = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outgoing_draft_with_bad_metadata_stores_no_file()
    {
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        var files = Directory.Exists(TestEnvironment.FilesRoot) ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Length : 0;
        using var response = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(new Dictionary<string, string?>
        {
            ["documentTypeCode"] = "KHONG",
            ["subject"] = "",
        }, ("files", "du-thao.docx", DocumentApi.Docx("không được lưu " + Guid.NewGuid()))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("subject", out _));
        Assert.True(errors.TryGetProperty("documentTypeCode", out _));
        Assert.Equal(files, Directory.Exists(TestEnvironment.FilesRoot) ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task Workflow_steps_out_of_order_are_conflicts_and_roles_are_enforced()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản thử thứ tự", $"6/UBND-{Guid.NewGuid():N}"[..18]);
        var id = doc.GetProperty("id").GetString();
        using (var finish = await clerk.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/finish", new { result = "xong" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, finish.StatusCode);
        }
        using (var assign = await clerk.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/assign", new { assignees = new[] { new { userId = "x", name = "y", role = "lead" } } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode); // clerks do not assign
        }
        using var leader = await platform.ClientForAsync("admin.stc");
        // A real member of the staff: an unknown id would be refused as bad input before the order of steps is looked at.
        var clerkId = (await (await clerk.GetAsync("/api/v1/me")).ReadAsync()).GetProperty("id").GetString();
        using (var early = await leader.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/assign", new { assignees = new[] { new { userId = clerkId, name = "y", role = "lead" } } }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode); // not registered yet
        }
        using (var twoLeads = await leader.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/assign", new
        {
            assignees = new[] { new { userId = "a", name = "A", role = "lead" }, new { userId = "b", name = "B", role = "lead" } },
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twoLeads.StatusCode);
        }
    }
}
