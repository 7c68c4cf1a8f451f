using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Saas.Identity.Redirects;

/// <summary>
/// The one gate for every return URL the platform accepts (login, logout, culture switch, the OpenID Connect
/// RedirectUri after sign-in). It uses the framework's own local-URL check, because hand-written prefix tests miss the
/// forms browsers read as another host: <c>/\evil</c>, <c>/&lt;tab&gt;/evil</c>, <c>//evil</c>.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>The return URL when it is local, otherwise the home page of the current tenant prefix.</summary>
    public static string Resolve(HttpContext http, string? returnUrl)
    {
        var pathBase = http.Request.PathBase;
        if (string.IsNullOrEmpty(returnUrl) || !RedirectHttpResult.IsLocalUrl(returnUrl))
        {
            return pathBase.HasValue ? pathBase + "/" : "/";
        }
        // "~/x" is local for the framework but only LocalRedirect expands it; the OIDC handler would send it as is.
        return returnUrl.StartsWith("~/", StringComparison.Ordinal) ? pathBase + returnUrl[1..] : returnUrl;
    }
}
