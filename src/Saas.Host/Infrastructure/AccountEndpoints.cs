using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Saas.Identity.Redirects;

namespace Saas.Host.Infrastructure;

/// <summary>Sign-in, sign-out and the language switch; every return URL they accept goes through <see cref="LocalReturnUrl"/>.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet("/account/login", (string? returnUrl, HttpContext ctx) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl.Resolve(ctx, returnUrl) },
                [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/logout", (HttpContext ctx) =>
            Results.SignOut(new AuthenticationProperties { RedirectUri = LocalReturnUrl.Resolve(ctx, null) },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]))
            .RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/account/culture", (string culture, string? returnUrl, HttpContext ctx) =>
        {
            var chosen = SaasHost.Cultures.FirstOrDefault(c => c.Name == culture) ?? SaasHost.Cultures[0];
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Path = "/",
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = ctx.Request.IsHttps,
                });
            return Results.LocalRedirect(LocalReturnUrl.Resolve(ctx, returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
