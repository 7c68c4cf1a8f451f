using System.Text;
using System.Text.RegularExpressions;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// Finds <c>schema.table</c> references in SQL: migration files, and the string literals of C# sources that read like
/// SQL. A small lexer, not a parser: comments and quoted SQL values (<c>'onestop.received'</c>, a fact name) are dropped first.
/// </summary>
public static partial class SqlText
{
    /// <summary>The string literals of a C# file (regular, verbatim, interpolated and raw), without comments or char literals.</summary>
    public static IEnumerable<string> CSharpLiterals(string code)
    {
        var i = 0;
        while (i < code.Length)
        {
            if (At(code, i, "//"))
            {
                var end = code.IndexOf('\n', i);
                i = end < 0 ? code.Length : end;
            }
            else if (At(code, i, "/*"))
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 2;
            }
            else if (code[i] == '\'')
            {
                i++;
                while (i < code.Length && code[i] != '\'')
                {
                    i += code[i] == '\\' ? 2 : 1;
                }
                i++;
            }
            else if (code[i] is '$' or '@' or '"' && RawStart().Match(code, i) is { Success: true } raw && raw.Index == i)
            {
                var quotes = raw.Groups[1].Value;
                var start = i + raw.Length;
                var end = code.IndexOf(quotes, start, StringComparison.Ordinal);
                end = end < 0 ? code.Length : end;
                yield return code[start..end];
                i = end + quotes.Length;
            }
            else if (code[i] is '$' or '@' && VerbatimStart().Match(code, i) is { Success: true } verbatim && verbatim.Index == i)
            {
                var text = new StringBuilder();
                i += verbatim.Length;
                while (i < code.Length && (code[i] != '"' || At(code, i, "\"\"")))
                {
                    text.Append(code[i]);
                    i += code[i] == '"' ? 2 : 1;
                }
                yield return text.ToString();
                i++;
            }
            else if (code[i] == '"' || At(code, i, "$\""))
            {
                i += code[i] == '$' ? 2 : 1;
                var start = i;
                while (i < code.Length && code[i] != '"' && code[i] != '\n')
                {
                    i += code[i] == '\\' ? 2 : 1;
                }
                yield return code[start..Math.Min(i, code.Length)];
                i++;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Whether a literal reads like SQL (a statement keyword as a word).</summary>
    public static bool LooksLikeSql(string text) => Keyword().IsMatch(text);

    /// <summary><c>schema.name</c> pairs (lower case, as this code base writes SQL) of SQL text, after dropping <c>--</c> comments and quoted values.</summary>
    public static IEnumerable<(string Schema, string Name)> References(string sql, IReadOnlySet<string> schemas)
    {
        var text = QuotedValue().Replace(LineComment().Replace(sql, ""), "''");
        foreach (Match m in QualifiedName().Matches(text))
        {
            if (schemas.Contains(m.Groups[1].Value))
            {
                yield return (m.Groups[1].Value, m.Groups[2].Value);
            }
        }
    }

    private static bool At(string code, int i, string s) => string.CompareOrdinal(code, i, s, 0, s.Length) == 0;

    [GeneratedRegex("\\G[$@]*(\"{3,})")]
    private static partial Regex RawStart();

    [GeneratedRegex("\\G(?:\\$@|@\\$|@)\"")]
    private static partial Regex VerbatimStart();

    [GeneratedRegex(@"\b(select|insert|update|delete|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"(?<![\w.])([a-z_]+)\.([a-z_][a-z0-9_]*)\b")]
    private static partial Regex QualifiedName();
}
