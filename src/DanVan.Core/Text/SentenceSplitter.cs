using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>
/// Splits a paragraph into sentences: after . ! ? … (and closing quotes/brackets) followed by a space and a capital
/// letter, digit, opening quote or bracket. Abbreviations such as "TP." or "ThS." and numbers like "6.2" do not split.
/// </summary>
public static partial class SentenceSplitter
{
    [GeneratedRegex(@"(?<=[.!?…][”""»)\]]?)\s+(?=[\p{Lu}\d“""«(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    private static readonly string[] NoSplitAfter =
    [
        "TP.", "Tp.", "ThS.", "TS.", "PGS.", "GS.", "Th.S.", "St.", "Mr.", "Ms.", "Dr.", "v.v.", "Q.", "P.", "H.", "X.", "T.Ư.",
    ];

    public static List<string> Split(string paragraph)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return result;
        }

        var pending = string.Empty;
        foreach (var piece in Boundary().Split(paragraph.Trim()))
        {
            var candidate = pending.Length == 0 ? piece : pending + " " + piece;
            if (NoSplitAfter.Any(a => candidate.EndsWith(a, StringComparison.Ordinal)))
            {
                pending = candidate;
                continue;
            }

            if (candidate.Trim().Length > 0)
            {
                result.Add(candidate.Trim());
            }

            pending = string.Empty;
        }

        if (pending.Trim().Length > 0)
        {
            result.Add(pending.Trim());
        }

        return result;
    }
}
