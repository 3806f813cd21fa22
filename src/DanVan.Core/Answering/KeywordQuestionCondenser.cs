using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Extractive-mode follow-ups: when the new question is short or refers back ("còn …", "thế còn", "vậy", "ở đó",
/// "nó", "họ", "lớp đó"…), the previous question's content words are appended to it. When the new question names
/// its own proper noun (e.g. another province), the previous question's proper nouns are not carried.
/// </summary>
public sealed partial class KeywordQuestionCondenser : IQuestionCondenser
{
    /// <summary>A question with at most this many content words is treated as a follow-up.</summary>
    internal const int ShortQuestionContentWords = 4;

    // Words that only steer a follow-up ("còn … thì sao?"); the shared stop-word list keeps them as content.
    private static readonly HashSet<string> FollowUpFillers = new(StringComparer.Ordinal) { "còn", "nữa", "thì" };

    // Syllables that point back to something said before.
    private static readonly HashSet<string> ReferringWords = new(StringComparer.Ordinal)
    {
        "nó", "họ", "đó", "ấy", "kia", "vậy",
    };

    // Openers of a follow-up: "còn ở Đà Nẵng?", "thế còn…", "vậy thì…", "và…".
    private static readonly HashSet<string> FollowUpOpeners = new(StringComparer.Ordinal)
    {
        "còn", "thế", "vậy", "và", "thế còn", "vậy còn", "thế thì", "vậy thì",
    };

    /// <inheritdoc />
    public Task<string> CondenseAsync(string question, string? previousQuestion, CancellationToken cancellationToken = default) =>
        Task.FromResult(Condense(question, previousQuestion));

    /// <summary>The synchronous core, also used as the LLM condenser's fallback.</summary>
    public static string Condense(string question, string? previousQuestion)
    {
        ArgumentNullException.ThrowIfNull(question);
        var current = question.Trim();
        if (string.IsNullOrWhiteSpace(previousQuestion))
        {
            return current;
        }

        var currentWords = Words(current);
        var currentContent = currentWords.Where(w => !IsStopWord(w)).ToList();
        if (!IsFollowUp(currentWords, currentContent.Count))
        {
            return current;
        }

        var present = new HashSet<string>(currentWords.Select(w => w.Lower), StringComparer.Ordinal);
        var namesOwnEntity = currentWords.Skip(1).Any(w => w.Capitalized);
        var carried = new List<string>();
        var previousWords = Words(previousQuestion.Trim());
        for (var i = 0; i < previousWords.Count; i++)
        {
            var word = previousWords[i];
            var replacedEntity = namesOwnEntity && i > 0 && word.Capitalized;
            if (!IsStopWord(word) && !replacedEntity && present.Add(word.Lower))
            {
                carried.Add(i == 0 ? word.Lower : word.Text);
            }
        }

        return carried.Count == 0 ? current : current + " " + string.Join(' ', carried);
    }

    private static bool IsFollowUp(List<Word> words, int contentWords)
    {
        if (words.Count == 0 || contentWords <= ShortQuestionContentWords)
        {
            return true;
        }

        var opener = words.Count > 1 ? words[0].Lower + " " + words[1].Lower : words[0].Lower;
        return FollowUpOpeners.Contains(words[0].Lower) || FollowUpOpeners.Contains(opener)
            || words.Any(w => ReferringWords.Contains(w.Lower));
    }

    private static bool IsStopWord(Word word) =>
        StopWords.IsStopWord(word.Lower, VietnameseText.Fold(word.Lower)) || FollowUpFillers.Contains(word.Lower);

    private static List<Word> Words(string text) =>
        WordPattern().Matches(VietnameseText.Normalize(text))
            .Select(m => new Word(m.Value, m.Value.ToLowerInvariant(), char.IsUpper(m.Value[0])))
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    private readonly record struct Word(string Text, string Lower, bool Capitalized);
}
