using Microsoft.Extensions.DependencyInjection;
using Saas.Documents.Configuration;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddSaasDocuments(this IServiceCollection services)
    {
        services.AddScoped<ITenantDefaultsApplier, DocumentDefaultsApplier>();
        services.AddScoped<DocumentConfigurationService>();
        services.AddSingleton(new MigrationSource("documents", typeof(DocumentsServiceCollectionExtensions).Assembly, 20));
        return services;
    }
}
