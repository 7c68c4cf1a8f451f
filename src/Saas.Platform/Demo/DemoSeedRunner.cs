namespace Saas.Platform.Demo;

/// <summary>Runs every module's <see cref="IDemoSeeder"/> in <see cref="IDemoSeeder.Order"/> for the <c>seed-demo</c> verb.</summary>
public static class DemoSeedRunner
{
    /// <summary>The verb's exit code: 0, 2 for options that cannot be seeded, or the code of a seeder that could not go on.</summary>
    public static async Task<int> RunAsync(IEnumerable<IDemoSeeder> seeders, DemoSeedContext context, CancellationToken ct)
    {
        if (DemoSeedOptions.Of(context).Problem() is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            try
            {
                await seeder.SeedAsync(context, ct);
            }
            catch (DemoSeedFailedException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return e.ExitCode;
            }
        }
        return 0;
    }
}

/// <summary>A seeder that cannot go on (e.g. no tenant has a register yet): the verb prints the message and stops with the code.</summary>
public sealed class DemoSeedFailedException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
