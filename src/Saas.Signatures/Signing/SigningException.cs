namespace Saas.Signatures.Signing;

/// <summary>
/// A signing request that was refused before anything was written. Each kind carries a stable code and a message in
/// Vietnamese and English, so the workflow can show it and the audit trail can say what was refused without parsing text.
/// </summary>
public class SigningException(string code, string messageVi, string messageEn, Exception? inner = null)
    : Exception($"{messageVi} / {messageEn}", inner)
{
    public string Code { get; } = code;

    public string MessageVi { get; } = messageVi;

    public string MessageEn { get; } = messageEn;
}

public sealed class WrongPinException(Exception? inner = null)
    : SigningException("wrong_pin", "Sai mã PIN", "Wrong PIN", inner);

public sealed class PinLockedException(Exception? inner = null)
    : SigningException("pin_locked", "Mã PIN đã bị khóa", "The PIN is locked", inner);

public sealed class TokenNotFoundException(string tokenLabel)
    : SigningException("token_not_found", $"Không tìm thấy thiết bị ký số \"{tokenLabel}\"", $"No signing token labelled \"{tokenLabel}\"");

public sealed class SigningKeyNotFoundException(string keyLabel)
    : SigningException("key_not_found", $"Không tìm thấy khóa ký \"{keyLabel}\" trên thiết bị", $"No signing key labelled \"{keyLabel}\" on the token");

public sealed class KeyCertificateMismatchException()
    : SigningException("key_certificate_mismatch", "Khóa ký không khớp với chứng thư số", "The signing key does not match the certificate");

public sealed class NotAPdfException()
    : SigningException("not_a_pdf", "Tệp không phải là PDF", "The file is not a PDF");

public sealed class CorruptPdfException(Exception? inner = null)
    : SigningException("corrupt_pdf", "Tệp PDF bị hỏng, không đọc được cấu trúc", "The PDF is corrupted; its structure cannot be read", inner);

public sealed class EncryptedPdfException()
    : SigningException("encrypted_pdf", "Tệp PDF đã được mã hóa, không thể ký", "The PDF is encrypted and cannot be signed");

public sealed class SignatureTooLargeException(int size, int room)
    : SigningException("signature_too_large", $"Chữ ký ({size} byte) vượt quá chỗ dành sẵn ({room} byte)", $"The signature ({size} bytes) exceeds the reserved room ({room} bytes)");
