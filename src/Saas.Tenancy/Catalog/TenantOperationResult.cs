namespace Saas.Tenancy.Catalog;

public sealed record TenantOperationResult(Tenant? Tenant, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false)
{
    public bool Succeeded => Tenant is not null && Errors.Count == 0 && !NotFound;

    public static TenantOperationResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);

    public static TenantOperationResult Missing() => new(null, new Dictionary<string, string[]>(), NotFound: true);
}
