using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>
/// Splits a paragraph into sentences: after . ! ? … (and closing quotes/brackets) followed by a space and a capital
/// letter, digit, opening quote or bracket, or a lettered item ("a) …"). Abbreviations such as "TP." or "ThS." and numbers like "6.2" do not split.
/// A list's enumerator ("1.", "a)", "II.", "-", "•") is never a sentence of its own: it opens the item that follows.
/// </summary>
public static partial class SentenceSplitter
{
    [GeneratedRegex(@"(?<=[.!?…][”""»)\]]?)\s+(?=[\p{Lu}\d“""«(\[]|[a-zđ][.)]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    // "1.", "2)", "1.2.", "(3)", "a)", "đ.", "IV.", "-", "•": an item's number or bullet with nothing after it.
    [GeneratedRegex(@"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[IVXLC]{1,6})[.)]|\(\d{1,3}\)|[-–—•●▪◦*+·])$", RegexOptions.CultureInvariant)]
    private static partial Regex Enumerator();

    private static readonly string[] NoSplitAfter =
    [
        "TP.", "Tp.", "ThS.", "TS.", "PGS.", "GS.", "Th.S.", "St.", "Mr.", "Ms.", "Dr.", "v.v.", "Q.", "P.", "H.", "X.", "T.Ư.",
    ];

    /// <summary>True when <paramref name="text"/> is only a list's enumerator or bullet ("1.", "a)", "IV.", "•").</summary>
    public static bool IsEnumerator(string text) => Enumerator().IsMatch(text.Trim());

    /// <summary>The sentences of a text of several lines: each line split, a line holding only an enumerator joined to the next.</summary>
    public static List<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JoinEnumerators(text.Split('\n')).SelectMany(Split).ToList();
    }

    /// <summary>The lines (or blocks) with every one holding only an enumerator put before the next non-empty one; a last one is dropped.</summary>
    public static IEnumerable<string> JoinEnumerators(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var pending = string.Empty;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (IsEnumerator(trimmed))
            {
                pending = pending.Length == 0 ? trimmed : pending + " " + trimmed;
                continue;
            }

            yield return pending.Length == 0 ? line : pending + " " + trimmed;
            pending = string.Empty;
        }
    }

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
            if (NoSplitAfter.Any(a => candidate.EndsWith(a, StringComparison.Ordinal)) || IsEnumerator(candidate))
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

        if (pending.Trim().Length > 0 && !IsEnumerator(pending))
        {
            result.Add(pending.Trim());
        }

        return result;
    }
}
