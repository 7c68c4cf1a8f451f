using System.Net;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.OneStop;

/// <summary>Unknown procedure, missing papers, malformed phone or ID, disguised files: problem details and nothing stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopBadInputTests(PlatformFixture platform)
{
    private Task<long> CountAsync() => platform.ScalarAsync<long>("select count(*) from onestop.applications", role: "superuser");

    private async Task<JsonElement> ExpectProblemAsync(HttpClient client, string path, MultipartFormDataContent form)
    {
        var before = await CountAsync();
        using var response = await client.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountAsync());
        return (await response.ReadAsync()).GetProperty("errors");
    }

    [Fact]
    public async Task Unknown_procedure_and_malformed_identity_are_refused_online()
    {
        using var anonymous = platform.Anonymous();
        var fields = Applicant("9.999999", phone: "12345", id: "03809");
        var errors = await ExpectProblemAsync(anonymous, $"/api/v1/public/onestop/{Commune}/applications", DocumentApi.Form(fields, LinkedPapers()));
        Assert.True(errors.TryGetProperty("procedureCode", out _));
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("idNumber", out _));
    }

    [Fact]
    public async Task Missing_papers_are_listed()
    {
        using var anonymous = platform.Anonymous();
        var errors = await ExpectProblemAsync(anonymous, $"/api/v1/public/onestop/{Commune}/applications",
            DocumentApi.Form(Applicant(LinkedProcedure), ("paper.to-khai", "to-khai.pdf", DocumentApi.Pdf())));
        Assert.True(errors.TryGetProperty("files", out _));
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        var counterErrors = await ExpectProblemAsync(counter, "/api/v1/onestop/applications", DocumentApi.Form(Applicant(LinkedProcedure)));
        Assert.True(counterErrors.TryGetProperty("papers", out _));
    }

    [Fact]
    public async Task A_disguised_file_is_refused()
    {
        using var anonymous = platform.Anonymous();
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 }.Concat(new byte[200]).ToArray();
        var errors = await ExpectProblemAsync(anonymous, $"/api/v1/public/onestop/{Commune}/applications",
            DocumentApi.Form(Applicant(LinkedProcedure), ("paper.to-khai", "to-khai.pdf", exe), ("paper.giay-bao-tu", "b.pdf", DocumentApi.Pdf())));
        Assert.True(errors.TryGetProperty("paper.to-khai", out _), errors.ToString());
    }

    [Fact]
    public async Task An_oversized_paper_is_refused_by_the_agencys_limit_and_leaves_no_file_behind()
    {
        // Sở Tài chính's limit is 1 MB in this test run (Files:TenantMaxBytes:so-tai-chinh); business registration is theirs.
        using var anonymous = platform.Anonymous();
        var small = DocumentApi.Pdf("giay-to-" + Guid.NewGuid());
        var big = DocumentApi.Pdf("de-nghi-" + Guid.NewGuid()).Concat(new byte[1_200_000]).ToArray();
        var filesBefore = Directory.Exists(TestEnvironment.FilesRoot) ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Length : 0;
        var errors = await ExpectProblemAsync(anonymous, "/api/v1/public/onestop/so-tai-chinh/applications",
            DocumentApi.Form(Applicant("1.001612"), ("paper.giay-to-phap-ly", "giay-to.pdf", small), ("paper.giay-de-nghi", "de-nghi.pdf", big)));
        Assert.Contains("MB", errors.ToString(), StringComparison.Ordinal);
        var filesAfter = Directory.Exists(TestEnvironment.FilesRoot) ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Length : 0;
        Assert.Equal(filesBefore, filesAfter);
    }
}
