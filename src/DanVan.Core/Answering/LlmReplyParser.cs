using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Validates a model reply against the passages it was given: every cited [n] must exist, a reply citing nothing
/// (or containing the refusal marker) is a refusal, the marker on the first line followed by cited text is related
/// material, and citations are renumbered 1..m in order of first use.
/// </summary>
internal static partial class LlmReplyParser
{
    public static LlmReply Parse(string? reply, int passageCount)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return LlmReply.Invalid("empty reply");
        }

        var text = reply.Trim();
        var related = false;
        if (FirstLineIsRefusal(text, out var rest))
        {
            // "No answer" followed by cited related material: quoted as related, never as an answer.
            if (rest.Length == 0 || IsRefusal(rest))
            {
                return LlmReply.Refusal;
            }

            text = rest;
            related = true;
        }
        else if (IsRefusal(text))
        {
            return LlmReply.Refusal;
        }

        // Some models (Qwen among them) cite with full-width brackets: 【1】 or ［1］.
        text = StripOwnSourceList(text)
            .Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace('【', '[').Replace('】', ']').Replace('［', '[').Replace('］', ']');
        var cited = new List<int>();
        var newNumber = new Dictionary<int, int>();
        string? outOfRange = null;
        var body = Citation().Replace(text, match =>
        {
            var replacement = new StringBuilder();
            foreach (var part in match.Groups[1].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var number = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
                if (number < 1 || number > passageCount)
                {
                    outOfRange ??= "[" + part + "]";
                    continue;
                }

                if (!newNumber.TryGetValue(number, out var renumbered))
                {
                    cited.Add(number - 1);
                    renumbered = cited.Count;
                    newNumber[number] = renumbered;
                }

                var token = "[" + renumbered.ToString(CultureInfo.InvariantCulture) + "]";
                if (!replacement.ToString().Contains(token, StringComparison.Ordinal))
                {
                    replacement.Append(token);
                }
            }

            return replacement.ToString();
        });

        if (outOfRange is not null)
        {
            return LlmReply.Invalid($"cites {outOfRange} but only {passageCount} passages were given");
        }

        if (cited.Count == 0)
        {
            return LlmReply.Refusal;
        }

        body = ExtraBlankLines().Replace(body.Trim(), "\n\n");
        return new LlmReply(related ? LlmReplyKind.Related : LlmReplyKind.Grounded, body, cited, null);
    }

    /// <summary>The marker anywhere (with or without diacritics, spaces for underscores) means the model found no answer.</summary>
    private static bool IsRefusal(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.Contains("khong_co_thong_tin", StringComparison.Ordinal)
            || Letters().Replace(folded, string.Empty) == "khongcothongtin";
    }

    private static bool FirstLineIsRefusal(string text, out string rest)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        rest = newline < 0 ? string.Empty : text[(newline + 1)..].Trim();
        return Letters().Replace(VietnameseText.Fold(first), string.Empty) == "khongcothongtin";
    }

    /// <summary>Models often end with their own "Nguồn:" list; the composer writes the canonical one.</summary>
    private static string StripOwnSourceList(string text)
    {
        var match = OwnSourceList().Match(text);
        return match.Success && match.Index > 0 ? text[..match.Index].TrimEnd() : text;
    }

    [GeneratedRegex(@"\[(\s*\d{1,4}\s*(?:[,;]\s*\d{1,4}\s*)*)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?im)^[ \t]*[*_#]*[ \t]*(nguồn|nguồn tham khảo|tài liệu tham khảo|trích dẫn|sources?|references?)[ \t]*[*_]*[ \t]*:")]
    private static partial Regex OwnSourceList();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"[^a-z]")]
    private static partial Regex Letters();
}
