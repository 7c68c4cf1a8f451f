namespace Saas.Identity.Keycloak;

/// <summary>
/// The admin client's service-account token, kept for its lifetime. A singleton: the typed
/// <see cref="KeycloakAdminClient"/> is transient (a new one, with a handler the factory rotates, per use), and
/// fetching a token for every call would double the calls to the identity server.
/// </summary>
public sealed class KeycloakTokenStore(TimeProvider clock)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    /// <param name="fetch">Asks the identity server for a token: the token and its lifetime in seconds.</param>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, int LifetimeSeconds)>> fetch, CancellationToken ct)
    {
        if (Current() is { } cached)
        {
            return cached;
        }
        await _lock.WaitAsync(ct);
        try
        {
            if (Current() is { } again)
            {
                return again;
            }
            var (token, lifetime) = await fetch(ct);
            _token = token;
            // Renewed 30 s early so a token never expires between being read here and reaching Keycloak.
            _expires = clock.GetUtcNow().AddSeconds(Math.Max(10, lifetime - 30));
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }

    private string? Current() => _token is not null && clock.GetUtcNow() < _expires ? _token : null;
}
