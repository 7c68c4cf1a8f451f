using System.Net;

namespace Saas.Tenancy.Resolution;

/// <summary>A self-contained Vietnamese error page for refusals that happen before the UI pipeline runs.</summary>
public static class ErrorPage
{
    public static string Render(int status, string title, string detail) =>
        $$"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>{{status}} – {{WebUtility.HtmlEncode(title)}}</title>
        <link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="error-page"><h1>{{status}}</h1><h2>{{WebUtility.HtmlEncode(title)}}</h2>
        <p>{{WebUtility.HtmlEncode(detail)}}</p><p><a href="/">Về trang chủ / Home</a></p></main></body></html>
        """;
}
