using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Files.Intake;
using Saas.Files.Storage;
using Saas.Files.Text;

namespace Saas.Files.Tests;

public sealed class FilesServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_local_store_is_registered_from_the_files_section()
    {
        using var provider = Build(new()
        {
            ["Files:Store"] = "local",
            ["Files:LocalRoot"] = folder.Sub("store"),
            ["Files:DefaultMaxBytes"] = "1048576",
        });

        var store = Assert.IsType<LocalFileStore>(provider.GetRequiredService<IFileStore>());
        Assert.Equal(Path.GetFullPath(folder.Sub("store")), store.Root);
        Assert.Equal(1048576, provider.GetRequiredService<FileIntake>().DefaultMaxBytes);
        Assert.IsType<DocumentTextExtractor>(provider.GetRequiredService<ITextExtractor>());
    }

    [Fact]
    public void The_s3_store_is_chosen_by_configuration()
    {
        using var provider = Build(new()
        {
            ["Files:Store"] = "s3",
            ["Files:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["Files:S3:Bucket"] = "attachments",
            ["Files:S3:AccessKey"] = "dev",
            ["Files:S3:SecretKey"] = "dev-secret",
        });

        Assert.IsType<S3FileStore>(provider.GetRequiredService<IFileStore>());
        Assert.Equal(20L * 1024 * 1024, provider.GetRequiredService<IOptions<FileStoreOptions>>().Value.DefaultMaxBytes);
    }

    [Fact]
    public void An_unknown_store_fails_at_registration()
    {
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Files:Store"] = "ftp" }));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSaasFiles(configuration);
        return services.BuildServiceProvider();
    }
}
