using System.Text.RegularExpressions;

namespace DanVan.Core.Ingestion.Readers.PlainText;

/// <summary>
/// YAML-like front matter at the top of a text file: simple <c>key: value</c> lines between two <c>---</c> lines.
/// Anything YAML can say beyond that (lists, nesting) is ignored rather than misread.
/// </summary>
internal static partial class FrontMatter
{
    private const int MaxLines = 60;

    /// <summary>Removes front matter from <paramref name="text"/>, returning its keys (lower case) and the remaining body.</summary>
    public static (Dictionary<string, string> Values, string Body) Split(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n', MaxLines + 2);
        if (lines.Length < 2 || lines[0].Trim() != "---")
        {
            return (values, text);
        }

        var end = -1;
        for (var i = 1; i < Math.Min(lines.Length, MaxLines + 1); i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed is "---" or "...")
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return (values, text); // an unclosed '---' is a horizontal rule, not front matter
        }

        for (var i = 1; i < end; i++)
        {
            var match = KeyValue().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var value = Unquote(match.Groups["value"].Value.Trim());
            if (value.Length > 0)
            {
                values[match.Groups["key"].Value.ToLowerInvariant()] = value;
            }
        }

        var body = end + 1 < lines.Length ? string.Join('\n', lines[(end + 1)..]) : string.Empty;
        return (values, body);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\'') or ('“', '”'))
        {
            return value[1..^1].Trim();
        }

        return value;
    }

    [GeneratedRegex(@"^(?<key>[\p{L}_][\p{L}\p{N}_\-]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex KeyValue();
}
