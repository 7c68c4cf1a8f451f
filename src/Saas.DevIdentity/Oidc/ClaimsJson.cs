using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Saas.DevIdentity.Oidc;

// Turns a ClaimsIdentity back into JSON with the value types OpenIddict would write into a JWT
// (arrays and objects stay JSON, booleans stay booleans) — used for the userinfo response.
public static class ClaimsJson
{
    public static JsonObject ToJson(IEnumerable<Claim> claims, ISet<string> exclude)
    {
        var json = new JsonObject();
        foreach (var claim in claims.Where(c => !exclude.Contains(c.Type) && !c.Type.StartsWith("oi_", StringComparison.Ordinal)))
        {
            json[claim.Type] = claim.ValueType switch
            {
                JsonClaimValueTypes.Json or JsonClaimValueTypes.JsonArray => JsonNode.Parse(claim.Value),
                ClaimValueTypes.Boolean => JsonValue.Create(bool.Parse(claim.Value)),
                ClaimValueTypes.Integer or ClaimValueTypes.Integer32 or ClaimValueTypes.Integer64 => JsonValue.Create(long.Parse(claim.Value)),
                _ => JsonValue.Create(claim.Value),
            };
        }

        return json;
    }
}
