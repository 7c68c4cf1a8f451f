using Microsoft.AspNetCore.Http;
using Saas.Identity.Redirects;

namespace Saas.UnitTests;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/documents/incoming?page=2", "", "/documents/incoming?page=2")]
    [InlineData("/", "", "/")]
    [InlineData("~/tra-cuu", "/t/so-noi-vu", "/t/so-noi-vu/tra-cuu")]
    [InlineData(null, "", "/")]
    [InlineData("", "/t/so-noi-vu", "/t/so-noi-vu/")]
    [InlineData("/\\evil.example/", "", "/")]
    [InlineData("/\tevil.example/", "", "/")]
    [InlineData("/\t/evil.example/", "", "/")]
    [InlineData("/\r\n/evil.example/", "", "/")]
    [InlineData("//evil.example/", "/t/so-noi-vu", "/t/so-noi-vu/")]
    [InlineData("\\\\evil.example", "", "/")]
    [InlineData("https://evil.example/", "", "/")]
    [InlineData("~//evil.example/", "", "/")]
    [InlineData("~/\\evil.example/", "", "/")]
    [InlineData("evil.example", "", "/")]
    [InlineData(" /x", "", "/")]
    public void Only_local_urls_are_returned_to(string? returnUrl, string pathBase, string expected)
    {
        var http = new DefaultHttpContext();
        http.Request.PathBase = pathBase;
        Assert.Equal(expected, LocalReturnUrl.Resolve(http, returnUrl));
    }
}
