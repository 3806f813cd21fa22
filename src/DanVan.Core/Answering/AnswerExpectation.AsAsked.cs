using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The form the asked fact should take. A kind of fact may be met in a weaker form than the one asked: "những ai đi học"
// is met by a sentence naming one official, but answered by the one listing the groups the course was for; "từ hôm nào
// tới hôm nào" is met by any dated sentence, but answered by the one giving the span of days. The sentence holding the
// fact as asked ranks first; it does not decide whether the question is answered. A day asked is met by a period word
// ("sau khi …") but answered by a date.
public sealed partial class AnswerExpectation
{
    /// <summary>True when the question asks a span of days: two day askers in one clause ("từ ngày nào đến ngày nào").</summary>
    private bool AsksDaySpan { get; init; }

    /// <summary>True when the question asks how long (a duration asker of the lexicon, "kéo dài bao lâu").</summary>
    private bool AsksDuration { get; init; }

    /// <summary>True when the question asks a count of those who attended ("bao nhiêu người đi học": a participation act).</summary>
    private bool AsksAttendanceCount { get; init; }

    /// <summary>
    /// True when <paramref name="sentence"/> holds the asked fact in the form asked, not only in a weaker one: the groups a
    /// course is for listed by a sentence naming no person (one that names the official who spoke lists his offices), a span of days when the question asks from which day to which, a
    /// date when it asks a day ("bữa nào mở màn": "Sáng 30/3, …", not "Sau khi nghe phát biểu khai mạc, …"), a span of time
    /// ("trong 2 ngày") when it asks how long, attendance ("Tham dự lớp … có 185 học viên", not "khen thưởng 27 học viên")
    /// when it asks how many attended.
    /// </summary>
    public bool HoldsAsAsked(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return (_kinds.Contains(Expected.Participants) && ListsParticipants(sentence) && HoldsOffice(sentence) && !_lexicon.Patterns.PersonName.IsMatch(sentence))
            || (AsksDaySpan && DatePatterns.DaySpan().IsMatch(sentence))
            || (AsksDuration && _kinds.Contains(Expected.Time) && HoldsDuration(sentence))
            || (AsksAttendanceCount && _kinds.Contains(Expected.Count) && _lexicon.FindCues(Tokenizer.TokenizeWritten(sentence), _lexicon.ParticipantActs).Any())
            || (!AsksDaySpan && _kinds.Contains(Expected.Day) && DatePatterns.Day().IsMatch(sentence));
    }

    // A number followed by a unit of time ("trong 2 ngày", "3 tháng").
    private bool HoldsDuration(string sentence)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        return Enumerable.Range(0, Math.Max(0, tokens.Count - 1))
            .Any(i => IndexText.IsNumber(tokens[i].Folded) && LexiconMatcher.LongestAt(tokens, i + 1, _lexicon.TimeUnits) > 0);
    }

    private static bool DaySpanAsked(string question, QuestionLexicon lexicon) =>
        lexicon.Kinds.TryGetValue("day", out var cues) && Clauses(question, lexicon).Any(c => lexicon.FindCues(c, cues).Count() >= 2);
}
