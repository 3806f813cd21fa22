using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// The time a question asks of, which a document states only up to its own date: today ("hiện nay ai là …", "đến nay có
/// bao nhiêu …"), a time after it ("năm sau có mở lớp không"), a year or month later than the document's date ("cuối năm
/// 2024", "tháng 12/2023"), or two years compared ("so với năm 2022 … tăng bao nhiêu"). A sentence of an earlier
/// document answers only where it states that time itself: its own present ("toàn tỉnh hiện có …"), a plan ("dự kiến
/// tháng 11/2023 …", asked as a plan), the later year, each year compared. Otherwise the question is answered at most with
/// related material, saying the date of the materials. A question asking since when ("làm Trưởng ban từ năm nào") is
/// answered only by a sentence stating a start ("từ năm", "kể từ", "nhậm chức"). Every word comes from the lexicon's <c>timeScope</c>.
/// </summary>
public sealed partial class TimeScope
{
    private readonly TimeScopeWords _words;
    private readonly QuestionLexicon _lexicon;

    private TimeScope(QuestionLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = lexicon.TimeScope;
    }

    /// <summary>The question asks of today.</summary>
    public bool AsksNow { get; private init; }

    /// <summary>The question asks of a time after its materials ("sắp tới", "năm sau").</summary>
    public bool AsksLater { get; private init; }

    /// <summary>The question asks since when ("từ năm nào", "từ bao giờ"): a sentence stating a start answers.</summary>
    public bool AsksSince { get; private init; }

    /// <summary>The question asks of a plan ("dự kiến", "mục tiêu", "sẽ"), not of what was done ("đạt mục tiêu").</summary>
    public bool AsksPlan { get; private init; }

    /// <summary>The question asks yes or no whether something was done ("… có đạt mục tiêu … không?").</summary>
    public bool AsksAchieved { get; private init; }

    /// <summary>The years the question compares (two or more, with a word that compares), else empty.</summary>
    public IReadOnlyList<string> Compared { get; private init; } = [];

    /// <summary>The dated times the question names: the first day of each, and how a sentence writes it.</summary>
    public IReadOnlyList<Period> Periods { get; private init; } = [];

    /// <summary>True when nothing of the question's time needs a check.</summary>
    public bool IsOpen => !AsksNow && !AsksLater && !AsksSince && Compared.Count == 0 && Periods.Count == 0;

    /// <summary>A dated time named: from its first to its last day; named by a sentence writing one form of each group of <see cref="Forms"/>.</summary>
    public sealed record Period(DateOnly From, DateOnly To, string Text, IReadOnlyList<IReadOnlyList<string>> Forms, bool Alone = false);

    /// <summary>Why a scope is not stated: what the note to the user says.</summary>
    public enum Gap
    {
        None,
        Now,
        Later,
        Compared,
        Since,
    }

    /// <summary>The time scope of a question (normalised text).</summary>
    public static TimeScope Of(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = Tokenizer.TokenizeTyped(question);
        var words = lexicon.TimeScope;
        var years = lexicon.YearsIn(tokens).ToList();
        var achieved = LexiconMatcher.Find(tokens, lexicon.AchievedMarkers).ToList();
        var finder = new TimeScope(lexicon);
        return new TimeScope(lexicon)
        {
            AsksNow = finder.Finds(tokens, words.Now),
            AsksLater = finder.Finds(tokens, words.Later, beforeYear: false),
            AsksSince = lexicon.FindCues(tokens, words.Since).Any(),
            AsksPlan = LexiconMatcher.Find(tokens, lexicon.PlannedMarkers).Concat(LexiconMatcher.Find(tokens, lexicon.PlannedYearWords))
                .Any(p => !achieved.Any(a => a.At < p.At + p.Length && p.At < a.At + a.Length)),
            AsksAchieved = achieved.Count > 0 && QuestionForm.EndsYesNo(tokens, lexicon),
            Compared = years.Count >= 2 && LexiconMatcher.Find(tokens, words.Compare).Any() ? years : [],
            Periods = PeriodsOf(question, tokens, years, lexicon),
        };
    }

    /// <summary>
    /// What of the question's time the sentences quoted (<paramref name="answering"/>, then <paramref name="context"/>; of a
    /// document dated <paramref name="published"/>) do not state, with the trace's reason and the year compared that none
    /// states; <see cref="Gap.None"/> when they state all of it.
    /// </summary>
    public (Gap Gap, string Reason, string? Missing) Unstated(IReadOnlyList<string> answering, IReadOnlyList<string> context, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(answering);
        ArgumentNullException.ThrowIfNull(context);
        var sentences = answering.Concat(context).ToList();
        var written = sentences.Select(s => Tokenizer.TokenizeWritten(s)).ToList();
        if (AsksNow && !written.Any(t => Finds(t, _words.NowStated)))
        {
            return (Gap.Now, "asks of today; no sentence quoted states the document's present", null);
        }

        if (AsksLater && !written.Any(t => Finds(t, _words.LaterStated)))
        {
            return (Gap.Later, "asks of a later time; no sentence quoted states a plan", null);
        }

        if (AsksSince && !written.Any(t => Finds(t, _words.SinceStated)))
        {
            return (Gap.Since, "asks since when; no sentence quoted states a start", null);
        }

        if (Compared.FirstOrDefault(year => !written.Any(t => t.Any(w => w.Folded == year))) is { } missing)
        {
            return (Gap.Compared, $"compares {string.Join(", ", Compared)}; no sentence quoted states {missing}", missing);
        }

        if (published is not { } date)
        {
            return (Gap.None, string.Empty, null);
        }

        // A time after the document's date is stated only by a sentence naming it; one naming it only as a plan does not
        // answer a question asking what was done. So with a time not over at that date asked as achieved ("năm 2024 có đạt …").
        // (A year alone is a time asked only when the question names no year of the document's time: "lớp năm 2013 (không
        // phải lớp năm 2016)" asks of 2013.)
        bool Anchored(Period period) => Periods.Any(o => o != period && o.Alone && o.From.Year <= date.Year);
        foreach (var period in Periods.Where(p => p.To > date && !(p.Alone && Anchored(p))))
        {
            var naming = answering.Where(s => Names(s, period)).ToList();
            naming = naming.Count > 0 ? naming : context.Where(s => Names(s, period)).ToList();
            var later = period.From > date;
            if (later && naming.Count == 0)
            {
                return (Gap.Later, $"asks of {period.Text}, later than the document's date {date:yyyy-MM-dd}; no sentence quoted states it", null);
            }

            if ((later ? !AsksPlan : AsksAchieved && !AsksPlan) && naming.Count > 0 && naming.All(IsPlan))
            {
                return (Gap.Later, $"asks of {period.Text}, not over at the document's date {date:yyyy-MM-dd}, as done; the sentences stating it state a plan", null);
            }
        }

        return (Gap.None, string.Empty, null);
    }

    private static bool Names(string sentence, Period period) => period.Forms.All(group => group.Any(form => Writes(sentence, form)));

    private bool IsPlan(string sentence)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        return Finds(tokens, _lexicon.PlannedMarkers) || Finds(tokens, _words.LaterStated);
    }

    // A phrase of the list that is not part of a phrase doing no time ("thực hiện còn", "từ trước đến nay"), nor, unless
    // <paramref name="beforeYear"/>, right before a year ("sang năm 2024" names the year, not the next one).
    private bool Finds(IReadOnlyList<QueryToken> tokens, IReadOnlyList<LexiconPhrase> phrases, bool beforeYear = true)
    {
        var not = LexiconMatcher.Find(tokens, _words.NotTime).ToList();
        return LexiconMatcher.Find(tokens, phrases).Any(p => !not.Any(n => n.At < p.At + p.Length && p.At < n.At + n.Length)
            && (beforeYear || p.At + p.Length >= tokens.Count || !_lexicon.YearsIn([tokens[p.At + p.Length]]).Any()));
    }

    private static bool Writes(string sentence, string form) =>
        Regex.IsMatch(sentence, @"(?<![\d/.-])" + Regex.Escape(form) + @"(?![\d])");

    // "ngày 11/4/2024", "tháng 12/2023", "12-2016", "cuối năm 2024", "năm 2025": from the first day of each (a year from
    // 1 January, so a document of that year may report on it; from 1 December after a word naming its end).
    private static List<Period> PeriodsOf(string question, List<QueryToken> tokens, List<string> years, QuestionLexicon lexicon)
    {
        var periods = new List<Period>();
        var dated = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in DayMonthYear().Matches(question))
        {
            if (Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } from)
            {
                periods.Add(new Period(from, from, m.Value, [[m.Groups["y"].Value], [$"{from.Day}/{from.Month}", $"{from.Day:00}/{from.Month:00}", $"{from.Day}/{from.Month:00}"]]));
                dated.Add(m.Groups["y"].Value);
            }
        }

        foreach (Match m in DatePatterns.MonthOfYear().Matches(question))
        {
            if (Date(m.Groups["y"].Value, m.Groups["m"].Value, "1") is { } from)
            {
                periods.Add(new Period(from, from.AddMonths(1).AddDays(-1), m.Value, [[$"{from.Month}/{from.Year}", $"{from.Month:00}/{from.Year}", $"{from.Month}-{from.Year}", $"{from.Month:00}-{from.Year}"]]));
                dated.Add(m.Groups["y"].Value);
            }
        }

        foreach (var year in years.Where(y => !dated.Contains(y)))
        {
            var at = Enumerable.Range(0, tokens.Count).First(i => tokens[i].Folded == year);
            var ends = QuestionLexicon.EndsAt(tokens, at, lexicon.TimeScope.YearEnd);
            var y = int.Parse(year, CultureInfo.InvariantCulture);
            periods.Add(new Period(new DateOnly(y, ends ? 12 : 1, 1), new DateOnly(y, 12, 31), (ends ? "end of " : string.Empty) + year, [[year]], !ends));
        }

        return periods;
    }

    private static DateOnly? Date(string year, string month, string day) =>
        int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, CultureInfo.InvariantCulture, out var m) && int.TryParse(day, CultureInfo.InvariantCulture, out var d)
        && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?![\d/])")]
    private static partial Regex DayMonthYear();
}
