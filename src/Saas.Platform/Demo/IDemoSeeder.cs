namespace Saas.Platform.Demo;

/// <summary>
/// Demo data of one module, written next to the schema it fills and run by the <c>seed-demo</c> verb in
/// <see cref="Order"/>. A seeder writes only its own module's tables; what it needs from another module (tenants,
/// units, staff) it reads through that module's interfaces or from <see cref="DemoSeedContext"/>.
/// </summary>
public interface IDemoSeeder
{
    /// <summary>Lower runs first (organisation before documents before work files that link them).</summary>
    int Order { get; }

    string Name { get; }

    Task SeedAsync(DemoSeedContext context, CancellationToken ct);
}
