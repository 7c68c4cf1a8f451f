using System.Security.Claims;
using Microsoft.AspNetCore.Http.Metadata;

namespace Saas.Web.Input;

/// <summary>
/// Runs <see cref="BodyInspector"/> over the arguments of every API endpoint that carry request data (JSON bodies,
/// [AsParameters] sets, query and route values bound to strings and dates), before the handler runs. Which arguments
/// are data is decided once per endpoint from its parameters, the way minimal APIs infer binding sources: services
/// and framework types are skipped.
/// </summary>
public static class InputEndpointFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var isService = factory.ApplicationServices.GetService<IServiceProviderIsService>();
        var inspected = factory.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(x => IsRequestData(x.Parameter.ParameterType, isService))
            .Select(x => (x.Index, Name: x.Parameter.Name ?? $"arg{x.Index}"))
            .ToArray();
        if (inspected.Length == 0)
        {
            return next;
        }
        return async context =>
        {
            var errors = new List<InputError>();
            foreach (var (index, name) in inspected)
            {
                var argument = context.Arguments[index];
                // A body is reported by its properties ("subject"), a query or route value by its own name.
                var path = argument is string or DateOnly or DateTime or DateTimeOffset ? name : "";
                var cleaned = Walk(argument, path, errors);
                if (!ReferenceEquals(cleaned, argument))
                {
                    context.Arguments[index] = cleaned;
                }
            }
            if (errors.Count > 0)
            {
                return new InputProblemResult(StatusCodes.Status400BadRequest, errors);
            }
            return await next(context);
        };
    }

    private static object? Walk(object? argument, string path, List<InputError> errors)
    {
        if (argument is string text)
        {
            var limit = TextLimits.For(path);
            var error = InputText.Check(text, limit, out var normalized);
            if (error is null)
            {
                return normalized;
            }
            errors.Add(error == InputErrorKeys.TooLong ? new InputError(path, error, limit) : new InputError(path, error));
            return text;
        }
        BodyInspector.Inspect(argument, path, errors);
        return argument;
    }

    private static bool IsRequestData(Type type, IServiceProviderIsService? isService)
    {
        if (type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse) || type == typeof(ClaimsPrincipal)
            || type == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type)
            || typeof(IFormCollection).IsAssignableFrom(type) || typeof(Stream).IsAssignableFrom(type) || typeof(IEndpointMetadataProvider).IsAssignableFrom(type))
        {
            return false;
        }
        if (isService?.IsService(type) == true)
        {
            return false;
        }
        return BodyInspector.IsData(type);
    }
}
