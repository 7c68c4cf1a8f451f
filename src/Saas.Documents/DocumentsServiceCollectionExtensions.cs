using Microsoft.Extensions.DependencyInjection;
using Saas.Documents.Configuration;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddSaasDocuments(this IServiceCollection services)
    {
        services.AddOptions<Secrecy.StateSecretOptions>().BindConfiguration(Secrecy.StateSecretOptions.Section);
        services.AddSingleton<Secrecy.StateSecretPolicy>();
        services.AddScoped<ITenantDefaultsApplier, DocumentDefaultsApplier>();
        services.AddScoped<DocumentConfigurationService>();
        services.AddScoped<Numbering.RegisterNumberAllocator>();
        services.AddScoped<History.DocumentHistory>();
        services.AddScoped<Saas.Platform.Messaging.Outbox<DocumentsDbContext>>();
        services.AddSingleton<Saas.Platform.Messaging.OutboxSignal<DocumentsDbContext>>();
        services.AddScoped<Incoming.IncomingDocumentService>();
        services.AddScoped<Outgoing.OutgoingDocumentService>();
        services.AddScoped<Outgoing.ApprovalRouteService>();
        services.AddScoped<IDocumentDirectory, DocumentDirectory>();
        services.AddScoped<Saas.Platform.Statistics.IIndicatorFactSource, Statistics.DocumentFactSource>();
        services.AddScoped<Search.DocumentSearchService>();
        services.AddScoped<Search.DocumentDetailsService>();
        services.AddScoped<Search.RegisterBook>();
        services.AddSingleton<Delivery.OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Delivery.OutboxDispatcher>());
        services.AddTransient<Saas.Platform.Demo.IDemoSeeder, Demo.DocumentsDemoSeeder>();
        services.AddSingleton(new MigrationSource("documents", typeof(DocumentsServiceCollectionExtensions).Assembly, 20));
        services.AddSingleton(new Saas.Platform.Concurrency.VersionedTable("incoming", "documents.incoming_documents", "id", "uuid"));
        services.AddSingleton(new Saas.Platform.Concurrency.VersionedTable("outgoing", "documents.outgoing_documents", "id", "uuid"));
        return services;
    }
}
