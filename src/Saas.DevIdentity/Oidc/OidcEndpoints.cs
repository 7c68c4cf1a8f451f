using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Oidc;

// The passthrough endpoints: OpenIddict has validated the protocol request, these decide WHO signs in.
public static class OidcEndpoints
{
    private const string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapKeycloakOidc(this WebApplication app, RealmUrls urls)
    {
        app.MapMethods(urls.AuthorizationPath, ["GET", "POST"], (Delegate)Authorize);
        app.MapPost(urls.TokenPath, (Delegate)Token);
        app.MapMethods(urls.UserInfoPath, ["GET", "POST"], (Delegate)UserInfo);
        app.MapMethods(urls.LogoutPath, ["GET", "POST"], (Delegate)Logout);
    }

    private static async Task<IResult> Authorize(HttpContext context, RealmDirectory directory, KeycloakPrincipalFactory factory)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var user = session.Succeeded ? directory.FindUser(session.Principal.FindFirstValue(Claims.Subject) ?? "") : null;

        if (user is null || !user.Enabled || request.HasPromptValue(PromptValues.Login) && !IsFreshLogin(session))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Error(Errors.LoginRequired, "Login required");
            }

            // Back to this same authorization request after the login page (POSTed requests become a GET).
            var query = context.Request.HasFormContentType
                ? QueryString.Create(context.Request.Form.Where(f => f.Key != Parameters.Prompt).Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString())))
                : QueryString.Create(context.Request.Query.Where(q => q.Key != Parameters.Prompt).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + query },
                [CookieAuthenticationDefaults.AuthenticationScheme]);
        }

        var principal = factory.Create(user, request.ClientId!, SessionId(session.Principal!), session.Properties?.IssuedUtc ?? DateTimeOffset.UtcNow);
        ScopePolicy.ApplyForUser(principal, request.GetScopes());
        return Results.SignIn(principal, properties: null, ServerScheme);
    }

    private static async Task<IResult> Token(HttpContext context, RealmDirectory directory, RealmClients clients, KeycloakPrincipalFactory factory)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var clientId = request.ClientId!;

        if (request.IsPasswordGrantType())
        {
            if (clients.Find(clientId) is not { DirectAccessGrantsEnabled: true })
            {
                return Error(Errors.UnauthorizedClient, "Client not allowed for direct access grants");
            }

            var user = directory.ValidateCredentials(request.Username ?? "", request.Password ?? "");
            if (user is null)
            {
                return Error(Errors.InvalidGrant, "Invalid user credentials");
            }

            var principal = factory.Create(user, clientId, NewSessionId(), DateTimeOffset.UtcNow);
            ScopePolicy.ApplyForUser(principal, request.GetScopes());
            return Results.SignIn(principal, properties: null, ServerScheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var account = directory.FindServiceAccount(clientId);
            if (account is null || clients.Find(clientId) is not { ServiceAccountsEnabled: true })
            {
                return Error(Errors.UnauthorizedClient, "Client not enabled to retrieve service account");
            }

            var principal = factory.Create(account, clientId, NewSessionId(), DateTimeOffset.UtcNow);
            ScopePolicy.ApplyForServiceAccount(principal, request.GetScopes());
            return Results.SignIn(principal, properties: null, ServerScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Like Keycloak, claims are recomputed from the CURRENT user (group changes show up on refresh).
            var previous = (await context.AuthenticateAsync(ServerScheme)).Principal!;
            var user = directory.FindUser(previous.GetClaim(Claims.Subject) ?? "");
            if (user is null || !user.Enabled)
            {
                return Error(Errors.InvalidGrant, "User not found or disabled");
            }

            var authTime = previous.GetClaim(Claims.AuthenticationTime) is { } seconds && long.TryParse(seconds, out var value)
                ? DateTimeOffset.FromUnixTimeSeconds(value)
                : DateTimeOffset.UtcNow;
            var principal = factory.Create(user, clientId, previous.GetClaim("sid") ?? NewSessionId(), authTime);
            principal.SetScopes(previous.GetScopes());
            principal.SetClaim(ScopePolicy.ImplicitOfflineClaim, previous.GetClaim(ScopePolicy.ImplicitOfflineClaim));
            return Results.SignIn(principal, properties: null, ServerScheme);
        }

        return Error(Errors.UnsupportedGrantType, "Unsupported grant_type");
    }

    private static async Task<IResult> UserInfo(HttpContext context, RealmDirectory directory, KeycloakPrincipalFactory factory)
    {
        var token = (await context.AuthenticateAsync(ServerScheme)).Principal!;
        var user = directory.FindUser(token.GetClaim(Claims.Subject) ?? "");
        if (user is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "User not found",
                }),
                [ServerScheme]);
        }

        // Current user data, with the claims Keycloak's mappers mark userinfo.token.claim=true.
        var principal = factory.Create(user, token.GetClaim(Claims.AuthorizedParty) ?? "", token.GetClaim("sid") ?? "", DateTimeOffset.UtcNow);
        var json = ClaimsJson.ToJson(principal.Claims, new HashSet<string> { Claims.AuthorizedParty, "sid", Claims.AuthenticationTime });
        return Results.Json(json);
    }

    private static async Task<IResult> Logout(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

        if (string.IsNullOrEmpty(request.PostLogoutRedirectUri))
        {
            return Results.Content(Login.LoginPage.LoggedOut(), "text/html; charset=utf-8");
        }

        // OpenIddict redirects to the (already validated) post_logout_redirect_uri, appending state.
        return Results.SignOut(properties: null, [ServerScheme]);
    }

    private static IResult Error(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [ServerScheme]);

    private static bool IsFreshLogin(AuthenticateResult session) =>
        session.Properties?.IssuedUtc is { } issued && DateTimeOffset.UtcNow - issued < TimeSpan.FromSeconds(30);

    private static string SessionId(ClaimsPrincipal session) => session.FindFirstValue("sid") ?? NewSessionId();

    private static string NewSessionId() => Guid.NewGuid().ToString();
}
