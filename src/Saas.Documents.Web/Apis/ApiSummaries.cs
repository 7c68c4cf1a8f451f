using Saas.Platform.Text;

namespace Saas.Documents.Web.Apis;

/// <summary>OpenAPI summaries from the module's texts, in Vietnamese and English like the API's problem details.</summary>
internal static class ApiSummaries
{
    public static TBuilder Summary<TBuilder>(this TBuilder builder, string key) where TBuilder : IEndpointConventionBuilder =>
        builder.WithSummary(Texts.Bilingual(key));
}
