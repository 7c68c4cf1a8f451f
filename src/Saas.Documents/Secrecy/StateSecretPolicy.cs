using Microsoft.Extensions.Options;

namespace Saas.Documents.Secrecy;

/// <summary>
/// <c>Documents:StateSecrets</c>. Law 29/2018 on protecting state secrets (Art. 5(5)) forbids keeping documents that
/// contain state secrets on networked computers, and QĐ 28/2018 keeps them out of electronic exchange. So by default
/// a document marked Mật, Tối mật or Tuyệt mật is registered by its metadata only (the paper original is kept by
/// the clerk), its scans and files are refused, and it is never delivered electronically.
/// </summary>
public sealed class StateSecretOptions
{
    public const string Section = "Documents:StateSecrets";

    /// <summary>
    /// True only on a deployment certified for state secrets (cơ yếu, per Law 29/2018 and its decrees): then
    /// secret documents keep their files and may travel between tenants like any other. Never set it otherwise.
    /// </summary>
    public bool CertifiedSystem { get; set; }
}

/// <summary>What the platform may hold and send of a document, by its secrecy (độ mật 0–3).</summary>
public sealed class StateSecretPolicy(IOptions<StateSecretOptions> options)
{
    /// <summary>Text key of the refusal of any file for a secret document.</summary>
    public const string FilesRefused = "documents.secrecy.files_refused";

    /// <summary>Text key of the refusal to send a secret document electronically.</summary>
    public const string DeliveryRefused = "documents.secrecy.delivery_refused";

    public bool Certified => options.Value.CertifiedSystem;

    /// <summary>May files (scans, drafts, signed PDFs, attachments) of a document of this secrecy be stored?</summary>
    public bool KeepsFiles(short secrecy) => secrecy == 0 || Certified;

    /// <summary>May a document of this secrecy travel electronically (platform delivery, exchange)?</summary>
    public bool DeliversElectronically(short secrecy) => secrecy == 0 || Certified;
}
