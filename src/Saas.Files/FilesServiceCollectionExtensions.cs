using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Saas.Files.Conversion;
using Saas.Files.Intake;
using Saas.Files.Sniffing;
using Saas.Files.Storage;
using Saas.Files.Text;

namespace Saas.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>Registers the file store chosen by <c>Files:Store</c>, the sniffer, the intake, text extraction and DOCX → PDF conversion.</summary>
    public static IServiceCollection AddSaasFiles(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FileStoreOptions.SectionName);
        services.AddOptions<FileStoreOptions>()
            .Bind(section)
            .Validate(o => o.DefaultMaxBytes > 0, "Files:DefaultMaxBytes must be positive.")
            .Validate(o => o.Inflation.IsValid, "Files:Inflation limits must be positive (MaxRatio above 1).")
            .ValidateOnStart();

        // Chosen at registration so a typo fails at startup instead of on the first upload.
        var store = (section[nameof(FileStoreOptions.Store)] ?? FileStoreOptions.LocalStore).Trim().ToLowerInvariant();
        switch (store)
        {
            case FileStoreOptions.LocalStore:
                services.AddSingleton<IFileStore>(sp => new LocalFileStore(sp.GetRequiredService<IOptions<FileStoreOptions>>()));
                break;
            case FileStoreOptions.S3Store:
                services.AddSingleton<IFileStore>(sp => new S3FileStore(sp.GetRequiredService<IOptions<FileStoreOptions>>()));
                break;
            default:
                throw new InvalidOperationException($"Files:Store must be '{FileStoreOptions.LocalStore}' or '{FileStoreOptions.S3Store}', not '{store}'.");
        }

        services.AddSingleton<ContentSniffer>();
        services.AddSingleton<FileIntake>();
        services.AddSingleton<ITextExtractor, DocumentTextExtractor>();
        services.AddSaasConversion(configuration);
        return services;
    }
}
