using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Login;

// The login form: establishes the identity server's own cookie session, then returns to the
// authorization endpoint, which issues the code.
public static class LoginEndpoints
{
    public const string InvalidCredentials = "Tên đăng nhập hoặc mật khẩu không đúng";

    public static void MapLogin(this WebApplication app, RealmUrls urls)
    {
        app.MapGet(urls.LoginPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, urls, SafeReturnUrl(urls, returnUrl), username: null, error: null));

        app.MapPost(urls.LoginPath, async (HttpContext context, IAntiforgery antiforgery, RealmDirectory directory) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("Invalid antiforgery token.");
            }

            var form = await context.Request.ReadFormAsync();
            var returnUrl = SafeReturnUrl(urls, form["returnUrl"]);
            var username = form["username"].ToString();
            var user = directory.ValidateCredentials(username, form["password"].ToString());
            if (user is null)
            {
                return Page(context, antiforgery, urls, returnUrl, username, InvalidCredentials);
            }

            var identity = new ClaimsIdentity(
                [new Claim(Claims.Subject, user.Id), new Claim(Claims.PreferredUsername, user.Username), new Claim("sid", Guid.NewGuid().ToString())],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(returnUrl);
        });
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, RealmUrls urls, string returnUrl, string? username, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = LoginPage.Render(urls.LoginPath, returnUrl, tokens.FormFieldName, tokens.RequestToken!, username, error);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    // Only our own authorization endpoint is a valid target: no open redirect through the login form.
    private static string SafeReturnUrl(RealmUrls urls, string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(urls.AuthorizationPath + "?", StringComparison.Ordinal)
            ? returnUrl
            : urls.RealmPath + "/account";
}
