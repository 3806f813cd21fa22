using DanVan.Core.Documents;
using DanVan.Core.Ingestion;
using DanVan.Core.Text;

namespace DanVan.Core.Courses;

/// <summary>
/// Finds courses announced in a document: a sentence that names a course (lớp bồi dưỡng, hội nghị tập huấn …),
/// says it is held (tổ chức, khai mạc …) and gives a date. Later sentences about the same start day refine it
/// ("Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11", "Trong 3 ngày (27 -29/8)"). A date without a year takes it
/// from the document's date (its published date, else a "Nguồn: …, ngày 6/2/2017" line), else from "năm 2019"
/// in the same sentence; when none is known the year stays unknown and the candidate says so — it is never guessed.
/// </summary>
public static class CourseExtractor
{
    private const int AttendeeLookahead = 3;

    public static IReadOnlyList<CourseCandidate> Extract(IngestedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // A sentence without an end (a table, a one-line file) is looked at in bounded pieces, like passages.
        var sentences = document.Paragraphs.SelectMany(SentenceSplitter.SplitLines)
            .SelectMany(s => s.Length <= Chunker.MaxChars ? [s] : PassageCutter.Cut(s, Chunker.MaxChars))
            .Select(DateMentionFinder.Normalize).ToList();
        var documentDate = document.Published ?? SourceLineDate(sentences);
        var named = string.IsNullOrWhiteSpace(document.Province)
            ? Provinces.MostMentioned([document.Title, .. sentences])
            : Provinces.MostMentioned(document.Province);
        var province = named is null ? document.Province : Provinces.AsPlace(named);

        var drafts = new List<CandidateDraft>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (IsSourceLine(sentence))
            {
                continue;
            }

            var duration = DateMentionFinder.FindDurationDays(sentence);
            var mentions = DateMentionFinder.Find(sentence);
            if (mentions.Count == 0)
            {
                // "Lớp học kéo dài 3 ngày." right after the announcement.
                var recent = drafts.LastOrDefault(d => i - d.SentenceIndex <= AttendeeLookahead);
                if (duration is { } days)
                {
                    recent?.ExtendBy(days);
                }

                continue;
            }

            var mention = mentions[0];
            var existing = drafts.FirstOrDefault(d => d.SameStart(mention));
            if (existing is not null)
            {
                existing.Refine(mention, duration);
                continue;
            }

            if (!CoursePhrases.MentionsCourse(sentence) || !CoursePhrases.SaysHeld(sentence)
                || (mention.MonthOnly && mention.Year is null) || CoursePhrases.Title(sentence) is not { } title)
            {
                continue;
            }

            var year = mention.Year ?? YearNear(mention, documentDate) ?? DateMentionFinder.FindYearWord(sentence);
            var draft = new CandidateDraft(i, mention, year, sentence)
            {
                Title = title.Title,
                Location = CoursePhrases.Location(sentence) ?? province,
                Audience = CoursePhrases.Audience(sentence, title.Index) ?? AttendeesAfter(sentences, i),
                Organiser = CoursePhrases.Organiser(sentence, title.Index),
            };
            if (duration is { } length && !mention.HasEnd)
            {
                draft.ExtendBy(length);
            }

            drafts.Add(draft);
        }

        return drafts.Select(d => d.ToCandidate()).Where(c => c is not null).Select(c => c!).ToList();
    }

    /// <summary>The year that puts day/month closest to the document's date (an article reports or announces nearby events).</summary>
    private static int? YearNear(DateMention mention, DateOnly? documentDate)
    {
        if (documentDate is not { } published)
        {
            return null;
        }

        int? best = null;
        var bestDistance = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            var day = mention.Day ?? 1;
            if (day > DateTime.DaysInMonth(year, mention.Month))
            {
                continue;
            }

            var distance = Math.Abs(new DateOnly(year, mention.Month, day).DayNumber - published.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    private static string? AttendeesAfter(List<string> sentences, int index)
    {
        for (var j = index + 1; j < sentences.Count && j <= index + AttendeeLookahead; j++)
        {
            if (CoursePhrases.AttendeesSentence(sentences[j]) is { Length: > 0 } who)
            {
                return who;
            }
        }

        return null;
    }

    private static bool IsSourceLine(string sentence) =>
        sentence.StartsWith("Nguồn", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Nguồn: baobinhphuoc.com.vn, ngày 6/2/2017": the article's own date when the metadata has none.</summary>
    private static DateOnly? SourceLineDate(List<string> sentences)
    {
        foreach (var sentence in sentences.Where(IsSourceLine))
        {
            foreach (var m in DateMentionFinder.Find(sentence))
            {
                if (m is { Day: { } day, Year: { } year, HasEnd: false })
                {
                    return new DateOnly(year, m.Month, day);
                }
            }
        }

        return null;
    }
}
