using Microsoft.EntityFrameworkCore;

namespace Saas.DevIdentity.Data;

// Holds only OpenIddict's stores (applications, authorizations, tokens); the entity sets are added by
// UseOpenIddict() in the options. Schema is created with EnsureCreated: this is a dev tool, no migrations.
public sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options) : DbContext(options);
