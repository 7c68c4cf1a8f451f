using System.Reflection;
using System.Runtime.InteropServices;
using Net.Pkcs11Interop.Common;

namespace Saas.Signatures.Signing;

/// <summary>
/// Pkcs11Interop loads PKCS#11 modules through <c>dlopen</c> imported from "libdl". Since glibc 2.34 only
/// <c>libdl.so.2</c> exists unless the C development package is installed (it is not on Debian 12 servers), so the
/// import is pointed at the versioned name; elsewhere the default lookup is kept.
/// </summary>
internal static class Pkcs11NativeResolver
{
    private static int installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1 || !OperatingSystem.IsLinux())
        {
            return;
        }
        NativeLibrary.SetDllImportResolver(typeof(Pkcs11Exception).Assembly, Resolve);
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name == "libdl" && NativeLibrary.TryLoad("libdl.so.2", out var handle))
        {
            return handle;
        }
        return IntPtr.Zero;
    }
}
