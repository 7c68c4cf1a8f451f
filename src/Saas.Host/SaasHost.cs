using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Saas.Documents;
using Saas.Files;
using Saas.Host.Api;
using Saas.Host.Documents;
using Saas.Host.Infrastructure;
using Saas.Identity;
using Saas.Organization;
using Saas.Organization.Web;
using Saas.Platform;
using Saas.Platform.Data;
using Saas.Platform.Scheduling;
using Saas.Tenancy;
using Saas.Tenancy.Web;
using Saas.Web.Localization;
using Saas.WorkFiles;
using Scalar.AspNetCore;

namespace Saas.Host;

/// <summary>Composition root: one deployable host for every module (modular monolith).</summary>
public static class SaasHost
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        Saas.Host.Edge.EdgeExtensions.AddSaasEdge(builder);
        var services = builder.Services;
        var config = builder.Configuration;

        builder.Logging.ClearProviders();
        if (config["Logging:Format"] == "simple")
        {
            builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }
        else
        {
            // Structured logs: every line carries the scopes (tenant, user) opened by the tenant middleware.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        services.AddSaasPlatform(config);
        services.AddSaasTenancy(config);
        services.AddSaasIdentity(config);
        services.AddSaasOrganization();
        services.AddTenancyWeb(config);
        services.AddOrganizationWeb(config);
        services.AddScoped<Saas.Web.Organization.CurrentUnits>();
        services.AddScoped<Saas.Web.Organization.AssignableStaff>();
        Saas.Signatures.SignaturesServiceCollectionExtensions.AddSaasSignatures(services);
        services.AddSaasDocuments();
        services.AddSaasFiles(config);
        services.AddScoped<Saas.Host.Documents.HttpDocumentUser>();
        services.AddScoped<Saas.Documents.IDocumentUser>(sp => sp.GetRequiredService<Saas.Host.Documents.HttpDocumentUser>());
        services.AddScoped<Saas.WorkFiles.IWorkFilesUser>(sp => sp.GetRequiredService<Saas.Host.Documents.HttpDocumentUser>());
        Saas.WorkFiles.Web.WorkFilesWebExtensions.AddWorkFilesWeb(services, config);
        Saas.Host.OneStop.OneStopHostServiceCollectionExtensions.AddSaasOneStopHost(services, config);
        Saas.Statistics.Web.StatisticsWebExtensions.AddStatisticsWeb(services, config);
        services.AddScoped<Saas.Host.WorkFiles.MyWorkAggregator>();
        services.AddOptions<Saas.Web.Mail.SmtpOptions>().Bind(config.GetSection("Smtp")).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Saas.Host.Documents.DocumentFileStaging>();
        services.AddSingleton<Saas.Documents.Attachments.IStoredFileVerifier, Saas.Host.Documents.StoredFileVerifier>();
        services.AddScoped<Saas.Host.Documents.DraftRenditions>();
        services.AddScoped<Saas.Host.Documents.IncomingFormIntake>();
        services.AddScoped<Saas.Host.Documents.IdempotentIncomingIntake>();
        services.AddScoped<Saas.Host.Documents.RegisterBookExcel>();
        services.AddExceptionHandler<Saas.Web.Http.ConcurrencyExceptionHandler>();
        services.AddExceptionHandler<Saas.Host.Infrastructure.DatabaseUnavailableHandler>();
        services.AddScoped<Saas.Web.Idempotency.IdempotencyKeys>();
        services.AddSaasScheduling(config, q => { q.AddWorkFilesJobs(config); Saas.Statistics.StatisticsServiceCollectionExtensions.AddStatisticsJobs(q, config); });
        services.AddSaasTelemetry(config);

        var dbOptions = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddDbContext<DataProtectionKeysDbContext>(o => o.UseNpgsql(dbOptions.ConnectionString).UseSnakeCaseNamingConvention());
        services.AddDataProtection().SetApplicationName("saas-thanh-hoa").PersistKeysToDbContext<DataProtectionKeysDbContext>();

        Saas.Web.Input.InputLayerExtensions.AddInputLayer(services);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Nền tảng Chính quyền số Thanh Hóa – API";
            doc.Info.Description = "REST API /api/v1. Lỗi trả về theo RFC 9457 (application/problem+json). Xác thực: Bearer JWT do Keycloak cấp (audience saas-api); chọn đơn vị bằng tiêu đề X-Tenant hoặc tiền tố /t/{tenant}.";
            return Task.CompletedTask;
        }));
        services.AddHttpClient(nameof(IdentityServerHealthCheck));
        services.AddHealthChecks()
            .AddNpgSql(dbOptions.ConnectionString, name: "postgresql", tags: ["ready"])
            .AddCheck<RedisHealthCheck>("redis", tags: ["ready"])
            .AddCheck<IdentityServerHealthCheck>("identity-server", tags: ["ready"]);

        services.AddSingleton<IStringLocalizer, JsonStringLocalizer>();
        services.AddScoped<Saas.Web.Pages.ShellInfo>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Path = "/";
            o.Cookie.Name = "saas.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Platform", Saas.Identity.Authorization.Policies.PlatformAdmin);
            o.Conventions.AuthorizeFolder("/Admin", Saas.Identity.Authorization.Policies.TenantAdmin);
        }).AddMvcOptions(o => o.Filters.Add<Saas.Web.UnitOfWork.UnitOfWorkPageFilter>());
        return Configure(builder.Build());
    }

    private static WebApplication Configure(WebApplication app)
    {
        Saas.Host.Edge.EdgeExtensions.UseSaasEdge(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTenantRoutePrefix();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseTenantResolution();
        app.UseMiddleware<Saas.Web.Organization.UnitMembershipMiddleware>();
        app.UseRouting();
        app.UseAuthorization();
        Saas.Web.Input.InputLayerExtensions.UseInputLayer(app);
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // No fonts from Scalar's CDN: the Content-Security-Policy allows our own origin only (and offices' networks may not reach it).
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("API – Nền tảng Chính quyền số Thanh Hóa")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts()).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics");

        var api = Saas.Web.Input.InputLayerExtensions.WithInputLayer(app.MapGroup("/api/v1"));
        // One unit of work per request: a success commits the handler's writes once, a refusal rolls them back.
        api.AddEndpointFilter<Saas.Web.UnitOfWork.UnitOfWorkEndpointFilter>();
        api.MapTenantEndpoints();
        api.MapTenancyApi();
        api.MapOrganizationApi();
        api.MapAuditEndpoints();
        api.MapJobRunEndpoints();
        api.MapIncomingDocumentEndpoints();
        api.MapOutgoingDocumentEndpoints();
        api.MapDocumentSupportEndpoints();
        Saas.WorkFiles.Web.WorkFilesWebExtensions.MapWorkFilesApi(api);
        Saas.Statistics.Web.StatisticsWebExtensions.MapStatisticsApi(api);
        Saas.Host.OneStop.OneStopHostServiceCollectionExtensions.MapOneStop(api);

        app.MapAccountEndpoints();
        app.MapRazorPages();
        return app;
    }
}
