using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Saas.IntegrationTests.Input;

/// <summary>How a malformed request is built: which value every string, number, date and list gets.</summary>
public enum Malformation
{
    /// <summary>U+0000 in every free-text string (ids stay valid so the NUL is what gets judged).</summary>
    Nul,

    /// <summary>Strings far past any limit, the largest integers, year 0001.</summary>
    Huge,

    /// <summary>Year 9999 in every date, otherwise plausible values.</summary>
    FarDates,

    /// <summary>Null elements in every array.</summary>
    NullElements,

    /// <summary>Every value of the wrong JSON type.</summary>
    WrongTypes,
}

/// <summary>
/// Builds malformed requests for one OpenAPI operation from its parameters and request body schema; operations
/// without a described body get generic malformed JSON and multipart bodies, since many endpoints read the form
/// or the JSON themselves and OpenAPI does not describe those bodies.
/// </summary>
public sealed class MalformedRequests(JsonElement document)
{
    private const string HugeText = "ệ";
    private static readonly string[] FreeTextFields =
        ["subject", "note", "name", "content", "reason", "issuerName", "numberNotation", "title", "description", "address", "procedureCode",
         "idNumber", "phone", "documentTypeCode", "signerName", "signingAuthority", "result", "comment", "code", "slug", "kind"];

    /// <summary>
    /// The malformed requests of one operation. <c>MustRefuse</c> says the request carries a value the input layer has
    /// to refuse before the handler runs (a NUL string, a wrong type, a broken form), so a 404 for the random id in its
    /// path would not do: only 400, 413 or 415 prove the refusal.
    /// </summary>
    public IEnumerable<(string Label, HttpRequestMessage Request, bool MustRefuse)> For(string method, string path, JsonElement operation)
    {
        var parameters = Parameters(operation).ToList();
        var jsonSchema = BodySchema(operation, "application/json");
        var formSchema = BodySchema(operation, "multipart/form-data") ?? BodySchema(operation, "application/x-www-form-urlencoded");
        var writes = method is "POST" or "PUT" or "PATCH";
        var query = parameters.Where(p => p.In == "query").ToList();
        var textInQuery = query.Any(p => TypeOf(p.Schema).Type == "string");
        var textInBody = jsonSchema is { } js && HasText(js, 0) || formSchema is { } fs && HasText(fs, 0);
        foreach (var mode in System.Enum.GetValues<Malformation>())
        {
            if (mode == Malformation.WrongTypes && jsonSchema is null && parameters.Count == 0)
            {
                continue;
            }
            var uri = Uri(path, parameters, mode);
            var request = new HttpRequestMessage(new HttpMethod(method), uri);
            if (jsonSchema is { } schema)
            {
                request.Content = JsonBody(Value(schema, mode, 0, "body"));
            }
            else if (formSchema is { } form)
            {
                request.Content = FormBody(form, mode);
            }
            else if (writes)
            {
                request.Content = GenericJson(mode);
            }
            var mustRefuse = mode switch
            {
                Malformation.Nul => textInQuery || textInBody,
                Malformation.WrongTypes => query.Count > 0 || jsonSchema is not null,
                _ => false,
            };
            yield return ($"{mode}", request, mustRefuse);
        }
        if (!writes && jsonSchema is null && formSchema is null)
        {
            yield break;
        }
        var plain = Uri(path, parameters, null);
        yield return ("broken-json", new HttpRequestMessage(new HttpMethod(method), plain) { Content = new StringContent("{\"subject\": \"x", Encoding.UTF8, "application/json") },
            jsonSchema is not null);
        yield return ("text-plain", new HttpRequestMessage(new HttpMethod(method), plain) { Content = new StringContent("không phải JSON", Encoding.UTF8, "text/plain") },
            jsonSchema is not null);
        // Every form is read by the input layer before any endpoint, whether the endpoint wants one or not.
        foreach (var (label, content) in MalformedMultipart())
        {
            yield return (label, new HttpRequestMessage(new HttpMethod(method), plain) { Content = content }, true);
        }
        yield return ("multipart-nul", new HttpRequestMessage(new HttpMethod(method), plain) { Content = NulMultipart() }, true);
    }

    private static IEnumerable<(string Label, HttpContent Content)> MalformedMultipart()
    {
        static HttpContent Raw(string body, string contentType)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return content;
        }
        const string part = "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nTrích yếu\r\n";
        yield return ("multipart-no-boundary", Raw(part + "--b--\r\n", "multipart/form-data"));
        yield return ("multipart-truncated", Raw(part + "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cắt", "multipart/form-data; boundary=b"));
        var longBoundary = new string('x', 200);
        yield return ("multipart-long-boundary", Raw($"--{longBoundary}\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nx\r\n--{longBoundary}--\r\n", $"multipart/form-data; boundary={longBoundary}"));
        yield return ("multipart-garbage", Raw("\u0000\u0001garbage without parts", "multipart/form-data; boundary=zzz"));
    }

    private static MultipartFormDataContent NulMultipart()
    {
        var form = new MultipartFormDataContent();
        foreach (var field in FreeTextFields)
        {
            form.Add(new StringContent($"giá trị\u0000{field}"), field);
        }
        form.Add(new StringContent("9999-12-31"), "issuedDate");
        return form;
    }

    private static StringContent GenericJson(Malformation mode) => JsonBody(mode switch
    {
        Malformation.Huge => new JsonObject { ["note"] = new string('x', 1_100_000), ["name"] = new string('y', 5000) },
        Malformation.FarDates => new JsonObject { ["date"] = "9999-12-31", ["from"] = "0001-01-01", ["deadline"] = "9999-12-31" },
        Malformation.NullElements => new JsonObject { ["hosts"] = new JsonArray(null, "a"), ["assignees"] = new JsonArray((JsonNode?)null) },
        Malformation.WrongTypes => new JsonObject { ["note"] = 1, ["name"] = new JsonArray(1, 2), ["kind"] = new JsonObject() },
        _ => new JsonObject { ["note"] = "ghi\u0000chú", ["name"] = "tên\u0000", ["reason"] = "\u0000" },
    });

    private static StringContent JsonBody(JsonNode? node) =>
        new(node?.ToJsonString() ?? "null", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private MultipartFormDataContent FormBody(JsonElement schema, Malformation mode)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, property) in Properties(schema))
        {
            if (Resolve(property).TryGetProperty("format", out var f) && f.GetString() == "binary")
            {
                form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF")), name, "a.pdf");
                continue;
            }
            form.Add(new StringContent(Value(property, mode, 1, name)?.ToString() ?? ""), name);
        }
        return form;
    }

    private string Uri(string path, List<(string Name, string In, JsonElement Schema)> parameters, Malformation? mode)
    {
        var uri = new StringBuilder();
        var rest = path;
        foreach (var (name, where, schema) in parameters.Where(p => p.In == "path"))
        {
            rest = rest.Replace("{" + name + "}", System.Uri.EscapeDataString(PathValue(schema, mode)), StringComparison.Ordinal);
        }
        uri.Append(rest);
        var first = true;
        foreach (var (name, where, schema) in parameters.Where(p => p.In == "query"))
        {
            var value = mode is null ? "1" : Scalar(schema, mode.Value, name);
            if (uri.Length + value.Length * 3 > 7000)
            {
                value = "x";
            }
            uri.Append(first ? '?' : '&').Append(System.Uri.EscapeDataString(name)).Append('=').Append(System.Uri.EscapeDataString(value));
            first = false;
        }
        return uri.ToString();
    }

    private string PathValue(JsonElement schema, Malformation? mode)
    {
        var (type, format) = TypeOf(schema);
        return (type, format, mode) switch
        {
            (_, "uuid", _) => Guid.NewGuid().ToString(),
            ("integer", _, Malformation.Huge or Malformation.FarDates) => "2147483647",
            ("integer", _, _) => "9999",
            (_, "date", Malformation.FarDates or Malformation.Nul) => "9999-12-31",
            (_, "date", _) => "0001-01-01",
            (_, _, Malformation.Huge) => new string('a', 300),
            // Kestrel itself refuses a NUL in the path (400 before the app runs, see InputLayerTests); the NUL of
            // this request goes into the query and the body instead.
            _ => "khong-co",
        };
    }

    private string Scalar(JsonElement schema, Malformation mode, string name)
    {
        var (type, format) = TypeOf(schema);
        return (type, format, mode) switch
        {
            (_, "uuid", _) => Guid.NewGuid().ToString(),
            ("integer" or "number", _, Malformation.WrongTypes) => "mười",
            ("integer" or "number", _, _) => "2147483647",
            ("boolean", _, Malformation.WrongTypes) => "có lẽ",
            ("boolean", _, _) => "true",
            (_, "date", Malformation.Huge) => "0001-01-01",
            (_, "date", _) => "9999-12-31",
            (_, "date-time", Malformation.Huge) => "0001-01-01T00:00:00Z",
            (_, "date-time", _) => "9999-12-31T23:59:59Z",
            (_, _, Malformation.Huge) => new string('a', 2100),
            (_, _, Malformation.FarDates) => name.Contains("month", StringComparison.OrdinalIgnoreCase) ? "9999-12" : "9999-12-31",
            _ => "x\u0000y",
        };
    }

    private JsonNode? Value(JsonElement schema, Malformation mode, int depth, string name)
    {
        schema = Resolve(schema);
        var (type, format) = TypeOf(schema);
        if (depth > 6 || schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (mode == Malformation.WrongTypes)
        {
            return type switch
            {
                "string" => depth == 0 ? JsonValue.Create(1) : JsonValue.Create(12345),
                "integer" or "number" => JsonValue.Create("không phải số"),
                "boolean" => JsonValue.Create("có lẽ"),
                "array" => new JsonObject { ["a"] = 1 },
                "object" when depth > 0 => new JsonArray(1, 2),
                _ => WrongObject(schema, depth),
            };
        }
        switch (type)
        {
            case "string":
                return format switch
                {
                    "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                    "date" => JsonValue.Create(mode == Malformation.Huge ? "0001-01-01" : "9999-12-31"),
                    "date-time" => JsonValue.Create(mode == Malformation.Huge ? "0001-01-01T00:00:00+00:00" : "9999-12-31T00:00:00+00:00"),
                    _ => mode switch
                    {
                        Malformation.Nul => JsonValue.Create($"văn\u0000bản {name}"),
                        Malformation.Huge => JsonValue.Create(string.Concat(Enumerable.Repeat(HugeText, 5000))),
                        _ => JsonValue.Create(Enum(schema) ?? "x"),
                    },
                };
            case "integer":
                return JsonValue.Create(mode == Malformation.Huge ? int.MaxValue : 9999);
            case "number":
                return JsonValue.Create(mode == Malformation.Huge ? 1e300 : 9999.5);
            case "boolean":
                return JsonValue.Create(true);
            case "array":
                var items = schema.TryGetProperty("items", out var i) ? i : default;
                var array = new JsonArray();
                if (mode == Malformation.NullElements)
                {
                    array.Add(null);
                }
                if (items.ValueKind == JsonValueKind.Object)
                {
                    array.Add(Value(items, mode, depth + 1, name));
                }
                return array;
            default:
                var obj = new JsonObject();
                foreach (var (property, propertySchema) in Properties(schema))
                {
                    obj[property] = Value(propertySchema, mode, depth + 1, property);
                }
                if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                {
                    obj[mode == Malformation.Nul ? "k\u0000" : "k"] = mode == Malformation.NullElements ? null : Value(extra, mode, depth + 1, "value");
                }
                return obj;
        }
    }

    private JsonNode WrongObject(JsonElement schema, int depth)
    {
        var obj = new JsonObject();
        foreach (var (property, propertySchema) in Properties(schema))
        {
            obj[property] = Value(propertySchema, Malformation.WrongTypes, depth + 1, property);
        }
        return obj.Count == 0 ? new JsonArray(1) : obj;
    }

    /// <summary>Whether a schema holds a free-text string somewhere (ids, dates and binaries do not count).</summary>
    private bool HasText(JsonElement schema, int depth)
    {
        var (type, format) = TypeOf(schema);
        if (depth > 6)
        {
            return false;
        }
        if (type == "string")
        {
            return format is not ("uuid" or "date" or "date-time" or "binary");
        }
        if (type == "array")
        {
            var resolved = Resolve(schema);
            return resolved.TryGetProperty("items", out var items) && HasText(items, depth + 1);
        }
        return Properties(schema).Any(p => HasText(p.Schema, depth + 1))
               || Resolve(schema).TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object;
    }

    private static string? Enum(JsonElement schema) =>
        schema.TryGetProperty("enum", out var e) && e.GetArrayLength() > 0 && e[0].ValueKind == JsonValueKind.String ? e[0].GetString() : null;

    private IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in properties.EnumerateObject())
            {
                yield return (p.Name, p.Value);
            }
        }
        foreach (var keyword in new[] { "allOf" })
        {
            if (schema.TryGetProperty(keyword, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    foreach (var p in Properties(part))
                    {
                        yield return p;
                    }
                }
            }
        }
    }

    private (string Type, string? Format) TypeOf(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return ("string", null);
        }
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var options))
            {
                foreach (var option in options.EnumerateArray())
                {
                    var t = TypeOf(option);
                    if (t.Type != "null")
                    {
                        return t;
                    }
                }
            }
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (!schema.TryGetProperty("type", out var type))
        {
            return (schema.TryGetProperty("properties", out _) ? "object" : "string", format);
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            var name = type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "string";
            return (name!, format);
        }
        var single = type.GetString() ?? "string";
        // .NET's OpenAPI describes integers as "integer" or as a pattern-constrained string with format int32.
        return format is "int32" or "int64" ? ("integer", format) : (single, format);
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); i++)
        {
            var name = reference.GetString()!.Split('/').Last();
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }

    private IEnumerable<(string Name, string In, JsonElement Schema)> Parameters(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters))
        {
            yield break;
        }
        foreach (var p in parameters.EnumerateArray())
        {
            var resolved = Resolve(p);
            var where = resolved.GetProperty("in").GetString()!;
            if (where is "path" or "query")
            {
                yield return (resolved.GetProperty("name").GetString()!, where,
                    resolved.TryGetProperty("schema", out var s) ? s : default);
            }
        }
    }

    private static JsonElement? BodySchema(JsonElement operation, string mediaType) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
        && content.TryGetProperty(mediaType, out var media) && media.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    internal static string Describe(HttpRequestMessage request) =>
        string.Create(CultureInfo.InvariantCulture, $"{request.Method} {request.RequestUri}");
}
