using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Saas.Signatures.Signing;

/// <summary>
/// Keys on a PKCS#11 token through Pkcs11Interop. The module is loaded (C_Initialize) once per process on first use
/// and finalized on dispose, because a second C_Initialize in the same process is refused by most modules. Each
/// <see cref="Open"/> is its own read-only session, logged in for one signature and logged out when disposed.
/// </summary>
public sealed class Pkcs11SigningProvider(Pkcs11Options options) : ISigningKeyProvider, IDisposable
{
    private readonly Pkcs11InteropFactories factories = new();
    private readonly Lock gate = new();
    private IPkcs11Library? library;

    public ISigningKey Open(SigningKeyReference key, string pin)
    {
        var slot = FindSlot(key.TokenLabel);
        var session = slot.OpenSession(SessionType.ReadOnly);
        try
        {
            Login(session, pin);
            var found = session.FindAllObjects(
            [
                factories.ObjectAttributeFactory.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
                factories.ObjectAttributeFactory.Create(CKA.CKA_LABEL, key.KeyLabel),
            ]);
            if (found.Count == 0)
            {
                throw new SigningKeyNotFoundException(key.KeyLabel);
            }
            return new Pkcs11SigningKey(session, found[0], factories.MechanismFactory.Create(CKM.CKM_SHA256_RSA_PKCS));
        }
        catch
        {
            CloseQuietly(session);
            throw;
        }
    }

    private static void Login(ISession session, string pin)
    {
        try
        {
            session.Login(CKU.CKU_USER, pin);
        }
        // The return value is the only part of the token's answer that is passed on: the exception text never holds the PIN,
        // and it is not logged here.
        catch (Pkcs11Exception e) when (e.RV is CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_INVALID)
        {
            throw new WrongPinException(e);
        }
        catch (Pkcs11Exception e) when (e.RV is CKR.CKR_PIN_LOCKED or CKR.CKR_PIN_EXPIRED)
        {
            throw new PinLockedException(e);
        }
    }

    private ISlot FindSlot(string tokenLabel)
    {
        foreach (var slot in Library().GetSlotList(SlotsType.WithTokenPresent))
        {
            if (string.Equals(slot.GetTokenInfo().Label.Trim(), tokenLabel, StringComparison.Ordinal))
            {
                return slot;
            }
        }
        throw new TokenNotFoundException(tokenLabel);
    }

    private IPkcs11Library Library()
    {
        lock (gate)
        {
            Pkcs11NativeResolver.Install();
            return library ??= factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, options.Library, AppType.MultiThreaded);
        }
    }

    private static void CloseQuietly(ISession session)
    {
        try
        {
            session.Logout();
        }
        catch (Pkcs11Exception)
        {
            // not logged in
        }
        session.Dispose();
    }

    public void Dispose()
    {
        lock (gate)
        {
            library?.Dispose();
            library = null;
        }
    }

    private sealed class Pkcs11SigningKey(ISession session, IObjectHandle key, IMechanism mechanism) : ISigningKey
    {
        public byte[] SignSha256WithRsa(byte[] data) => session.Sign(mechanism, key, data);

        public void Dispose()
        {
            mechanism.Dispose();
            CloseQuietly(session);
        }
    }
}
