using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Saas.Signatures.Signing;
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
        // One provider per process: the PKCS#11 module is initialised once, on the first signature, not at start.
        services.AddOptions<Pkcs11Options>().BindConfiguration(Pkcs11Options.Section);
        services.AddSingleton<ISigningKeyProvider>(sp => new Pkcs11SigningProvider(sp.GetRequiredService<IOptions<Pkcs11Options>>().Value));
        services.AddSingleton(sp => new PadesSigner(sp.GetRequiredService<ISigningKeyProvider>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
