using Saas.Platform.Text;
using YamlDotNet.RepresentationModel;

namespace Saas.Tenancy.Apply;

/// <summary>Small typed accessors over YamlDotNet's representation model that collect errors with line numbers.</summary>
internal sealed class YamlNodes(string file, List<ManifestError> errors)
{
    public string File => file;

    public void Error(YamlNode node, string reason) => errors.Add(new ManifestError(file, (int)node.Start.Line, reason));

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode m)
        {
            return m;
        }
        if (node is not null)
        {
            Error(node, Texts.Bilingual("tenancy.manifest.must_be_a_mapping", what));
        }
        return null;
    }

    public YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlMappingNode map, string key, bool required = false)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(node ?? map, Texts.Bilingual("tenancy.manifest.missing_required_field", key));
            }
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(node, Texts.Bilingual("tenancy.manifest.must_be_a_scalar", key));
            return null;
        }
        return scalar.Value;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && (scalar.Value is null or ""
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "null" or "~" or "Null" or "NULL"));

    public bool? Bool(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }
        if (bool.TryParse(text, out var b))
        {
            return b;
        }
        Error(Child(map, key)!, Texts.Bilingual("tenancy.manifest.must_be_true_or_false", key));
        return null;
    }

    public int? Int(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }
        Error(Child(map, key)!, Texts.Bilingual("tenancy.manifest.must_be_an_integer", key));
        return null;
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        switch (node)
        {
            case null:
            case YamlScalarNode { Value: null or "" or "null" or "~" }:
                return [];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v })
                    {
                        list.Add(v);
                    }
                    else
                    {
                        Error(item, Texts.Bilingual("tenancy.manifest.items_of_must_be_strings", key));
                    }
                }
                return list;
            default:
                Error(node, Texts.Bilingual("tenancy.manifest.must_be_a_list", key));
                return [];
        }
    }

    public void RejectUnknown(YamlMappingNode map, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !allowed.Contains(name))
            {
                Error(key, Texts.Bilingual("tenancy.manifest.unknown_field", name));
            }
        }
    }
}
