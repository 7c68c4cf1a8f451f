using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Saas.Files.Conversion;

public static class ConversionServiceCollectionExtensions
{
    /// <summary>The converter, its bounded queue and its workers; <c>Conversion:*</c> is checked when the host starts.</summary>
    public static IServiceCollection AddSaasConversion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversionOptions>()
            .Bind(configuration.GetSection(ConversionOptions.SectionName))
            .Validate(o => o.Workers is >= 1 and <= 16, "Conversion:Workers must be 1–16.")
            .Validate(o => o.QueueCapacity is >= 1 and <= 10_000, "Conversion:QueueCapacity must be 1–10000.")
            .Validate(o => o.TimeoutSeconds is > 0 and <= 3600, "Conversion:TimeoutSeconds must be above 0 and at most 3600.")
            .Validate(o => Directory.Exists(o.ResolvedWorkFolder), "Conversion:WorkFolder must be an existing folder.")
            .Validate(o => !o.Enabled || o.ResolveSoffice() is not null,
                "Conversion:SofficePath not found: install LibreOffice (Debian libreoffice-writer-nogui; infra/dev/lib.sh does) or set Conversion:Enabled false.")
            .ValidateOnStart();
        services.AddSingleton<ConversionQueue>();
        services.AddSingleton<IDocumentConverter, LibreOfficeConverter>();
        services.AddHostedService<ConversionWorker>();
        return services;
    }
}
