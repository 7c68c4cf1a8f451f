namespace Saas.Host.Pages.Documents;

// The documents pages moved to Saas.Documents.Web; the other modules' pages still in the host keep deriving from the
// same base and formatting helpers under their old names until they move to their own web projects.

/// <inheritdoc cref="Saas.Documents.Web.Pages.DocumentPageModel"/>
public abstract class DocumentPageModel : Saas.Documents.Web.Pages.DocumentPageModel;

/// <inheritdoc cref="Saas.Documents.Web.Pages.DocumentUi"/>
public static class DocumentUi
{
    public static IReadOnlyList<short> Levels => Saas.Documents.Web.Pages.DocumentUi.Levels;

    public static string Date(DateOnly? d) => Saas.Documents.Web.Pages.DocumentUi.Date(d);

    public static string Date(DateTimeOffset? d) => Saas.Documents.Web.Pages.DocumentUi.Date(d);

    public static string DateTime(DateTimeOffset? d) => Saas.Documents.Web.Pages.DocumentUi.DateTime(d);

    public static DateOnly? ParseDate(string? text) => Saas.Documents.Web.Pages.DocumentUi.ParseDate(text);

    public static string UrgencyKey(short u) => Saas.Documents.Web.Pages.DocumentUi.UrgencyKey(u);

    public static string SecrecyKey(short s) => Saas.Documents.Web.Pages.DocumentUi.SecrecyKey(s);

    public static Microsoft.AspNetCore.Html.IHtmlContent Badges(Microsoft.Extensions.Localization.IStringLocalizer t, short urgency, short secrecy) =>
        Saas.Documents.Web.Pages.DocumentUi.Badges(t, urgency, secrecy);

    public static string Size(long bytes) => Saas.Documents.Web.Pages.DocumentUi.Size(bytes);

    public static string WithQuery(HttpRequest request, string key, string? value) => Saas.Documents.Web.Pages.DocumentUi.WithQuery(request, key, value);
}
