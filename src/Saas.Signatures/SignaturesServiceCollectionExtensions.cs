using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Saas.Signatures.Trust;
using Saas.Signatures.Verification;

namespace Saas.Signatures;

public static class SignaturesServiceCollectionExtensions
{
    public static IServiceCollection AddSaasSignatures(this IServiceCollection services)
    {
        services.AddOptions<TrustListOptions>().BindConfiguration(TrustListOptions.Section);
        services.AddSingleton(sp => TrustList.FromOptions(sp.GetRequiredService<IOptions<TrustListOptions>>()));
        services.AddSingleton(sp => new PdfSignatureVerifier(sp.GetRequiredService<TrustList>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
