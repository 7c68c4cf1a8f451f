using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Saas.Host.Infrastructure;

public static class Telemetry
{
    /// <summary>
    /// OpenTelemetry metrics (scraped at /metrics) and traces; OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IServiceCollection AddSaasTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("saas-host"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter("Npgsql").AddPrometheusExporter();
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                Npgsql.TracerProviderBuilderExtensions.AddNpgsql(t);
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            });
        return services;
    }
}
