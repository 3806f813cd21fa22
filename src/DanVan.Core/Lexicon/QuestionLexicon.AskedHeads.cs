using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

// The head of a "which" question and the rankings a question asks, composed from the lexicon's lists (see AskedHeadWords).
public sealed partial class QuestionLexicon
{
    /// <summary>What reads the head a question's interrogative is bound to, and a ranking asked: see <see cref="AskedHeadWords"/>.</summary>
    public AskedHeadWords AskedHeads { get; private init; } = null!;

    private static AskedHeadWords AskedHeadWordsOf(LexiconData data) => new(
        Phrases(data.Units.People.Concat(data.Offices.CourseRoles.SelectMany(g => g)).Concat(data.Offices.Roles.Keys)),
        Phrases(data.Units.Time.Concat(data.AskedHeads.Times)),
        [
            .. data.Units.Classes.Where(g => g.Count > 0).Select(g => Phrases(g)),
            Phrases(data.Lists.Contents),
            Phrases(data.DocumentTypes),
            Phrases(data.VenueWords.Concat(data.BodyKinds).Concat(data.BodyDescriptions.Kinds).Concat(data.Localities)),
        ],
        Phrases(data.AskedHeads.Vague),
        Phrases(data.AskedHeads.Courses),
        Phrases(data.AskedHeads.Indefinites),
        data.AskedHeads.OtherNames.Where(g => g.Count > 0).Select(g => Phrases(g)).ToList(),
        Phrases(data.AskedHeads.Rankings),
        Phrases(data.AskedHeads.RankingsStated),
        Phrases(data.AskedHeads.NotRankings),
        Phrases(data.AskedHeads.Comparatives),
        Phrases(data.AskedHeads.ComparisonJoiners),
        data.AskedHeads.Evidence.Where(e => e.Cues.Count > 0).Select(e => new AskedEvidenceWords(
            e.Name,
            e.Cues.Select(c => Phrases(c.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).Where(c => c.Count > 0).ToList(),
            Phrases(e.Stated),
            e.StatedPatterns.Select(p => new Regex(VietnameseText.Normalize(p), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ToList(),
            Phrases(e.Holders),
            Phrases(e.Passives),
            e.Narrows)).ToList());
}
