using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Identity.Redirects;

namespace Saas.Identity.Keycloak;

public static class KeycloakAuthenticationExtensions
{
    public const string SmartScheme = "saas";

    /// <summary>
    /// JWT bearer for <c>/api</c> (audience checked) and cookie + OpenID Connect code flow with PKCE for the
    /// web UI, both against the realm named in the <c>Keycloak</c> section.
    /// </summary>
    public static IServiceCollection AddKeycloakAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(KeycloakOptions.Section);
        // The attributes of KeycloakOptions, checked when the host starts (a typo fails there, naming the setting).
        services.AddOptions<KeycloakOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var kc = section.Get<KeycloakOptions>() ?? new KeycloakOptions();
        var clockSkew = TimeSpan.FromSeconds(Math.Clamp(kc.ClockSkewSeconds, 0, KeycloakOptions.MaxClockSkewSeconds));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Bearer or cookie", o =>
            {
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    || ctx.Request.Path.StartsWithSegments("/api")
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddJwtBearer(o =>
            {
                o.Authority = kc.Issuer;
                o.Audience = kc.Audience;
                o.RequireHttpsMetadata = kc.RequireHttps;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = "preferred_username";
                o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
                o.TokenValidationParameters.ValidIssuer = kc.Issuer;
                o.TokenValidationParameters.ClockSkew = clockSkew;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "saas.auth";
                o.Cookie.Path = "/"; // one sign-in across all /t/{tenant} prefixes
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
                o.AccessDeniedPath = "/access-denied";
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = kc.Issuer;
                o.ClientId = kc.Resource;
                o.ClientSecret = kc.Credentials.Secret;
                o.RequireHttpsMetadata = kc.RequireHttps;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.Scope.Add("email");
                o.TokenValidationParameters.NameClaimType = "preferred_username";
                o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
                o.TokenValidationParameters.ClockSkew = clockSkew;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                // Keep Keycloak's JSON claims (groups, realm_access, resource_access, default_tenant) in the cookie.
                o.ClaimActions.Clear();
                o.Events.OnRedirectToIdentityProvider = ctx =>
                {
                    // Language of the login page follows the UI's.
                    var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                    ctx.ProtocolMessage.SetParameter("ui_locales", culture);
                    return Task.CompletedTask;
                };
                // The RedirectUri travels inside the protected state, but whoever built it: only a local URL is followed.
                o.Events.OnTicketReceived = ctx =>
                {
                    ctx.ReturnUri = LocalReturnUrl.Resolve(ctx.HttpContext, ctx.ReturnUri);
                    return Task.CompletedTask;
                };
            });

        services.AddSingleton<IClaimsTransformation, KeycloakClaimsTransformation>();
        services.AddSingleton<Saas.Tenancy.Resolution.ITenantAccessGuard, TenantAccessGuard>();
        services.AddScoped<IAuthorizationHandler, TenantRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.PlatformAdmin))
            .AddPolicy(Policies.TenantMember, p => p.RequireAuthenticatedUser().AddRequirements(new TenantRoleRequirement()))
            .AddPolicy(Policies.TenantAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new TenantRoleRequirement(TenantRoles.TenantAdmin)));
        return services;
    }
}
