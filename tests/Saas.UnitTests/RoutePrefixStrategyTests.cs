using Microsoft.AspNetCore.Http;
using Saas.Tenancy.Resolution;

namespace Saas.UnitTests;

public sealed class RoutePrefixStrategyTests
{
    [Theory]
    [InlineData("/t/so-noi-vu/api/v1/registers", "so-noi-vu", "/t/so-noi-vu", "/api/v1/registers")]
    [InlineData("/t/so-noi-vu", "so-noi-vu", "/t/so-noi-vu", "/")]
    [InlineData("/api/v1/registers", null, "", "/api/v1/registers")]
    [InlineData("/t/", null, "", "/t/")]
    public void Prefix_moves_into_path_base(string path, string? slug, string pathBase, string rest)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        RoutePrefixStrategy.Rewrite(context);
        Assert.Equal(slug, new RoutePrefixStrategy().Identify(context));
        Assert.Equal(pathBase, context.Request.PathBase.Value ?? "");
        Assert.Equal(rest, context.Request.Path.Value);
    }
}
