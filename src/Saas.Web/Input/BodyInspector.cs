using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Saas.Web.Input;

/// <summary>
/// Applies the text and date rules to a deserialised request object (a JSON body or an [AsParameters] set): every
/// string property is checked and replaced by its NFC form, every string in a list or dictionary too (a null element
/// is refused: <c>"hosts":[null]</c> used to reach the service as a null host and end in a 500), dates are range-
/// checked, nested objects and lists are walked. It walks the object after the serializer built it, so the OpenAPI
/// document (generated from the same types) keeps its schemas; the serializer's own failures (wrong types, broken
/// JSON) arrive as <see cref="BadHttpRequestException"/> and are answered by <see cref="BadInputExceptionHandler"/>.
/// </summary>
public static class BodyInspector
{
    private const int MaxDepth = 16;
    private const int MaxItems = 10_000;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Inspect(object? value, string path, List<InputError> errors) => Walk(value, path, errors, 0);

    /// <summary>Whether values of this type are request data (and so walked), as opposed to services or primitives.</summary>
    public static bool IsData(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(JsonElement))
        {
            return true;
        }
        if (type.IsPrimitive || type.IsEnum || type == typeof(Guid) || type == typeof(decimal))
        {
            return false;
        }
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.IsArray || type.IsGenericType;
        }
        // Request records of the product; framework types (HttpContext, IFormFile, …) and services are not data.
        return type.Namespace?.StartsWith("Saas.", StringComparison.Ordinal) == true && !type.IsInterface && !type.IsAbstract;
    }

    private static object? Walk(object? value, string path, List<InputError> errors, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return CheckText(text, path, errors);
            case DateOnly d:
                return InputDates.InRange(d) ? value : OutOfRange(path, errors, value);
            case DateTime dt:
                return InputDates.InRange(dt) ? value : OutOfRange(path, errors, value);
            case DateTimeOffset dto:
                return InputDates.InRange(dto) ? value : OutOfRange(path, errors, value);
            case JsonElement element:
                CheckElement(element, path, errors, depth);
                return value;
        }
        if (depth > MaxDepth)
        {
            errors.Add(new InputError(path, InputErrorKeys.TooDeep));
            return value;
        }
        var type = value.GetType();
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = entry.Key as string ?? entry.Key.ToString() ?? "";
                CheckText(key, path, errors);
                var itemPath = $"{path}[{key}]";
                if (entry.Value is null && IsReferenceItem(type, 1))
                {
                    errors.Add(new InputError(itemPath, InputErrorKeys.NullElement));
                }
                Walk(entry.Value, itemPath, errors, depth + 1);
            }
            return value;
        }
        if (value is IList list)
        {
            var elements = IsReferenceItem(type, 0);
            for (var i = 0; i < list.Count && i < MaxItems; i++)
            {
                var item = list[i];
                if (item is null && elements)
                {
                    errors.Add(new InputError($"{path}[{i}]", InputErrorKeys.NullElement));
                    continue;
                }
                var cleaned = Walk(item, $"{path}[{i}]", errors, depth + 1);
                if (!ReferenceEquals(cleaned, item) && item is string && !list.IsReadOnly)
                {
                    list[i] = cleaned;
                }
            }
            return value;
        }
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                if (item is null && IsReferenceItem(type, 0))
                {
                    errors.Add(new InputError($"{path}[{i}]", InputErrorKeys.NullElement));
                }
                Walk(item, $"{path}[{i}]", errors, depth + 1);
                if (++i >= MaxItems)
                {
                    break;
                }
            }
            return value;
        }
        if (!IsData(type))
        {
            return value;
        }
        foreach (var property in Properties.GetOrAdd(type, Readable))
        {
            var current = property.GetValue(value);
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var cleaned = Walk(current, path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
            // Record properties are init-only; setting them here is how the composed text replaces what was sent.
            if (!ReferenceEquals(cleaned, current) && current is string && property.CanWrite)
            {
                property.SetValue(value, cleaned);
            }
        }
        return value;
    }

    private static string CheckText(string text, string path, List<InputError> errors)
    {
        var limit = TextLimits.For(path);
        var error = InputText.Check(text, limit, out var normalized);
        if (error is not null)
        {
            errors.Add(error == InputErrorKeys.TooLong ? new InputError(path, error, limit) : new InputError(path, error));
            return text;
        }
        return normalized;
    }

    private static object OutOfRange(string path, List<InputError> errors, object value)
    {
        errors.Add(new InputError(path, InputErrorKeys.DateRange, InputDates.MinYear, InputDates.MaxYear));
        return value;
    }

    private static void CheckElement(JsonElement element, string path, List<InputError> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            errors.Add(new InputError(path, InputErrorKeys.TooDeep));
            return;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                CheckText(element.GetString() ?? "", path, errors);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckElement(item, $"{path}[{i++}]", errors, depth + 1);
                }
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    CheckText(p.Name, path, errors);
                    CheckElement(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", errors, depth + 1);
                }
                break;
        }
    }

    // A list of strings or of objects must not hold nulls; a list of int? may (nothing in the API has one).
    private static bool IsReferenceItem(Type collection, int genericIndex)
    {
        var item = collection.IsArray ? collection.GetElementType()
            : collection.IsGenericType && collection.GetGenericArguments().Length > genericIndex
                ? collection.GetGenericArguments()[collection.GetGenericArguments().Length == 1 ? 0 : genericIndex]
                : null;
        return item is not null && !item.IsValueType;
    }

    // Settable properties only: a computed one (a parsed view of another property) is not what the client sent.
    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.CanWrite && IsData(p.PropertyType) && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
            .ToArray();
}
