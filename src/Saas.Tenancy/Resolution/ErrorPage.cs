using System.Text.Encodings.Web;
using System.Text.Unicode;
using Saas.Platform.Text;

namespace Saas.Tenancy.Resolution;

/// <summary>A self-contained error page, in the request's language, for refusals that happen before the UI pipeline runs.</summary>
public static class ErrorPage
{
    // Vietnamese letters stay readable in the page source instead of becoming numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(int status, string title, string detail) =>
        $$"""
        <!DOCTYPE html>
        <html lang="{{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}}"><head><meta charset="utf-8"><title>{{status}} – {{Encoder.Encode(title)}}</title>
        <link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="error-page"><h1>{{status}}</h1><h2>{{Encoder.Encode(title)}}</h2>
        <p>{{Encoder.Encode(detail)}}</p><p><a href="/">{{Encoder.Encode(Texts.Get("tenancy.error_page.home"))}}</a></p></main></body></html>
        """;
}
