using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Saas.DevIdentity.Admin;
using Saas.DevIdentity.Data;
using Saas.DevIdentity.Login;
using Saas.DevIdentity.Oidc;
using Saas.DevIdentity.Realm;

// Keycloak-compatible development identity server: Keycloak cannot run on dev/CI machines, so the platform
// talks to this server there and to real Keycloak in production, through the same URLs, claims and APIs.
var builder = WebApplication.CreateBuilder(args);

var realmOptions = builder.Configuration.GetSection("Realm").Get<RealmOptions>() ?? new RealmOptions();
var realmFile = Path.GetFullPath(realmOptions.File, builder.Environment.ContentRootPath);
var realm = RealmFile.Load(realmFile);
var urls = new RealmUrls(realmOptions.PublicUrl, realm.Realm);

var dataFolder = Path.GetFullPath(builder.Configuration["DataProtection:Folder"] ?? "./.data/devidentity", builder.Environment.ContentRootPath);
var signingKeyFile = builder.Configuration["Signing:KeyFile"] is { Length: > 0 } configured
    ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
    : Path.Combine(dataFolder, "signing-key.pem");
var connectionString = builder.Configuration.GetConnectionString("DevIdentity")
    ?? throw new InvalidOperationException("ConnectionStrings:DevIdentity is required.");

builder.Services.AddSingleton(realm);
builder.Services.AddSingleton(urls);
builder.Services.AddSingleton(new RealmDirectory(realm));
builder.Services.AddSingleton(new RealmClients(realm));
builder.Services.AddSingleton(new RealmRoles(realm));
builder.Services.AddSingleton<KeycloakPrincipalFactory>();
builder.Services.AddHostedService<ClientSeeder>();

// Persisted so login cookies and antiforgery tokens survive restarts.
builder.Services.AddDataProtection()
    .SetApplicationName("Saas.DevIdentity")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
builder.Services.AddAntiforgery();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.Cookie.Name = "DEVID_IDENTITY";
        options.Cookie.Path = urls.RealmPath + "/";
        options.LoginPath = urls.LoginPath;
        // Keycloak's SSO session idle timeout for this realm.
        options.ExpireTimeSpan = OpenIddictSetup.RefreshTokenLifetime;
        options.SlidingExpiration = true;
    });
builder.Services.AddAuthorization();

builder.Services.AddKeycloakCompatibleOpenIddict(
    urls,
    connectionString,
    KeyFiles.LoadOrCreateSigningKey(signingKeyFile),
    KeyFiles.LoadOrCreateEncryptionKey(Path.Combine(dataFolder, "encryption-key.txt")),
    builder.Configuration.GetValue<int?>("Tokens:AccessTokenLifetimeSeconds") is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : null);

builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/health", () => Results.Text("ok"));
app.MapKeycloakOidc(urls);
app.MapLogin(urls);
app.MapKeycloakAdmin(urls);

app.Logger.LogInformation("Realm {Realm} from {File}; issuer {Issuer}", realm.Realm, realmFile, urls.Issuer);
app.Run();
