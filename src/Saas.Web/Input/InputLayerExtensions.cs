namespace Saas.Web.Input;

/// <summary>Wiring of the input layer: one call for services, one for the pipeline, one for the API group.</summary>
public static class InputLayerExtensions
{
    public static IServiceCollection AddInputLayer(this IServiceCollection services)
    {
        services.AddExceptionHandler<BadInputExceptionHandler>();
        // Binding failures then throw BadHttpRequestException (with the JSON path) instead of a bare, body-less 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>After authorization and before antiforgery (which reads the form, and must read the cleaned one).</summary>
    public static IApplicationBuilder UseInputLayer(this IApplicationBuilder app) => app.UseMiddleware<InputLayerMiddleware>();

    public static RouteGroupBuilder WithInputLayer(this RouteGroupBuilder api)
    {
        api.AddEndpointFilterFactory(InputEndpointFilter.Create);
        return api;
    }
}
