namespace Saas.Tenancy.Apply;

/// <summary>One reason a tenant folder was rejected, pointing at the file and line.</summary>
public sealed record ManifestError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
