using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Saas.Web.Input;

/// <summary>
/// The input layer for everything that is not a JSON body: route values, the query string and form fields
/// (multipart and urlencoded, for the API and the pages alike). It reads the form itself, so a malformed multipart
/// body (no boundary, a boundary over 128 characters, truncated) is a 400 here instead of an exception inside an
/// endpoint, and it hands the endpoints a form and a query whose every value has passed <see cref="InputText"/>
/// and <see cref="InputDates"/>. It runs after authorization, so only callers allowed to reach an endpoint get
/// their bodies parsed.
/// </summary>
public sealed class InputLayerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new List<InputError>();
        CheckRouteValues(context, errors);
        var query = Clean(context.Request.Query, errors);

        IFormCollection? form = null;
        if (context.Request.HasFormContentType)
        {
            try
            {
                form = await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or FormatException
                                          && !context.RequestAborted.IsCancellationRequested)
            {
                // The form reader says "Multipart body length limit … exceeded" for an oversized body.
                var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                               || e is InvalidDataException && e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase);
                await InputProblem.WriteAsync(context, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                    [new InputError("body", tooLarge ? InputErrorKeys.BodyTooLarge : InputErrorKeys.Multipart)]);
                return;
            }
        }
        var fields = form is null ? null : Clean(form, errors);

        if (errors.Count > 0)
        {
            await InputProblem.WriteAsync(context, StatusCodes.Status400BadRequest, errors);
            return;
        }
        if (query is not null)
        {
            context.Features.Set<IQueryFeature>(new QueryFeature(new QueryCollection(query)));
        }
        if (form is not null && fields is not null)
        {
            context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields, form.Files)));
        }
        await next(context);
    }

    private static void CheckRouteValues(HttpContext context, List<InputError> errors)
    {
        foreach (var (key, value) in context.Request.RouteValues)
        {
            if (value is string text && key is not ("page" or "handler" or "area" or "controller" or "action"))
            {
                Check(key, text, TextLimits.RouteValue, errors);
            }
        }
    }

    /// <summary>The cleaned values, or null when nothing changed (the common case: no copy is made).</summary>
    private static Dictionary<string, StringValues>? Clean(IEnumerable<KeyValuePair<string, StringValues>> values, List<InputError> errors)
    {
        Dictionary<string, StringValues>? cleaned = null;
        var all = values.ToList();
        foreach (var (key, value) in all)
        {
            Check("key", key, TextLimits.Identifier * 8, errors);
            var limit = TextLimits.For(key);
            var changed = false;
            var copy = new string?[value.Count];
            for (var i = 0; i < value.Count; i++)
            {
                var text = value[i] ?? string.Empty;
                copy[i] = Check(key, text, limit, errors);
                changed |= !ReferenceEquals(copy[i], text);
            }
            if (changed)
            {
                cleaned ??= all.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
                cleaned[key] = new StringValues(copy);
            }
        }
        return cleaned;
    }

    private static string Check(string field, string text, int limit, List<InputError> errors)
    {
        var error = InputText.Check(text, limit, out var normalized);
        if (error is not null)
        {
            errors.Add(error == InputErrorKeys.TooLong ? new InputError(field, error, limit) : new InputError(field, error));
            return text;
        }
        if (InputDates.IsOutOfRangeDate(normalized) || InputDates.IsOutOfRangeYear(field, normalized))
        {
            errors.Add(new InputError(field, InputErrorKeys.DateRange, InputDates.MinYear, InputDates.MaxYear));
        }
        return normalized;
    }
}
