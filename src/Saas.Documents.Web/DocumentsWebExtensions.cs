using Saas.Documents.Web.Apis;

namespace Saas.Documents.Web;

/// <summary>The documents module's web layer, registered and mapped by the host in one line each.</summary>
public static class DocumentsWebExtensions
{
    public static IServiceCollection AddDocumentsWeb(this IServiceCollection services, IConfiguration config)
    {
        _ = config;
        services.AddSaasDocuments();
        services.AddScoped<DocumentFileStaging>();
        services.AddSingleton<Saas.Documents.Attachments.IStoredFileVerifier, StoredFileVerifier>();
        services.AddScoped<DraftRenditions>();
        services.AddScoped<IncomingFormIntake>();
        services.AddScoped<IdempotentIncomingIntake>();
        services.AddScoped<RegisterBookExcel>();
        return services;
    }

    /// <summary>/incoming-documents, /outgoing-documents, /attachments, /registers, /document-types, /approval-routes.</summary>
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapIncomingDocumentsApi();
        api.MapOutgoingDocumentsApi();
        api.MapDocumentSupportApi();
        api.MapDocumentConfigurationApi();
        api.MapRegisterBooksApi();
        return api;
    }
}
