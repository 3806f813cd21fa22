using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// How much of what a question is about a text holds, read on the question's pairs of adjacent words ("khách hàng",
/// "biển số", "dân vận"): the share of them the text writes together (any reading of the pair counts: "Trưởng ban"
/// for "người đứng đầu"). Pairs holding a word that asks (<c>askedWords</c>) or a number are left out; those holding a
/// syllable typed without diacritics that may be a function word are read too (left out, they left an everyday question
/// typed so with one or two pairs the materials happen to write). An everyday question shares a word or two with
/// the materials ("hội nghị", "bồi dưỡng", "tổ chức") but hardly any of its pairs: what it is about ("khách hàng",
/// "học sinh giỏi") is written nowhere; a question the materials answer, even in other words, shares most of them.
/// A question grounded by what it names (a province, a year, a name) is read on its own content words instead, those
/// beyond the province it names: the supporting document must hold at least one of them ("Đắk Nông có thác nào đẹp":
/// the province grounds the question, nothing of what it asks about is written there).
/// </summary>
public sealed class TopicCoverage
{
    private readonly IReadOnlyList<(string Key, string[][] Readings)> _pairs;
    private readonly IReadOnlyList<(string Key, string[][] Readings)> _words;
    private readonly IReadOnlyList<string[][]> _ownPairs;
    private readonly IReadOnlyDictionary<string, double> _ambiguity;

    /// <param name="query">The question's search terms.</param>
    /// <param name="vocabulary">The index's terms.</param>
    /// <param name="askedWords">The words that ask (the question's form, not its topic).</param>
    /// <param name="grounded">True when the question names a province, a year or a name: it is read on its own words (<see cref="Measure"/>).</param>
    /// <param name="isOfficialPair">Whether a pair (folded, space-separated) is of the shared official vocabulary (<see cref="QuestionLexicon.IsOfficialPair"/>); none when null.</param>
    /// <param name="evaluative">The question's folded words that judge or weigh (<see cref="QuestionLexicon.EvaluativeWords"/>: "có hại", "tốt"): no topic words, nor a pair of them a topic pair; none when null.</param>
    /// <param name="ambiguity">The question's folded syllables typed without diacritics that the index writes in several ways, each with its spelling certainty (<see cref="AmbiguousSyllables.Of"/>): a text holding one only apart from the question's pairs holds that share of it; none when null.</param>
    public TopicCoverage(SearchQuery query, Vocabulary vocabulary, IReadOnlySet<string> askedWords, bool grounded = false, Func<string, bool>? isOfficialPair = null,
        IReadOnlySet<string>? evaluative = null, IReadOnlyDictionary<string, double>? ambiguity = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(askedWords);
        Grounded = grounded;
        _ambiguity = ambiguity ?? new Dictionary<string, double>();
        bool Read(string word) => !word.Any(char.IsDigit) && !askedWords.Contains(word);
        bool Judges(string word) => evaluative?.Contains(word) == true;
        var province = query.Provinces.SelectMany(Tokenizer.Tokenize).ToHashSet(StringComparer.Ordinal);
        _words = query.Terms
            .Where(t => Read(t.Key) && !Judges(t.Key) && !province.Contains(t.Key) && !query.EitherWords.Contains(t.Key))
            .Select(t => (t.Key, Readings(t)))
            .ToList();
        var read = query.Pairs.Where(p => p.Key.Split(' ') is var words && words.All(Read) && !words.All(Judges)).ToList();
        _pairs = read.Select(p => (p.Key, Readings(p))).ToList();
        _ownPairs = read.Where(p => isOfficialPair is null || !isOfficialPair(p.Key)).Select(Readings).ToList();
        HasUnwrittenWord = vocabulary.PassageCount > 1
            && query.Terms.Any(t => Read(t.Key) && t.Phrases.All(phrase => phrase.Split(' ').Any(s => !vocabulary.Contains(s)
                && !EditDistance.OneSlip(s, insertionsOnly: true).Any(vocabulary.Contains))));
    }

    /// <summary>True when the question names what grounds it (a province, a year, a name): see <see cref="Measure"/>.</summary>
    public bool Grounded { get; }

    /// <summary>How many of the question's own content words are read (asked words, numbers, the province named and
    /// syllables that may be function words left out).</summary>
    public int Words => _words.Count;

    /// <summary>How many of the question's pairs are read.</summary>
    /// <remarks>Of them, those not of the shared official vocabulary are its own (<see cref="HoldsOwnPair"/>).</remarks>
    public int Pairs => _pairs.Count;

    /// <summary>
    /// True when a content word of the question is written in no passage in any of its readings (the lexicon knows none
    /// either: "sữa", "khách", "APEC"): what the question is about may be just that word. Not a word a letter put in makes
    /// written: that is a typo ("dk nong": đắk nông).
    /// </summary>
    public bool HasUnwrittenWord { get; }

    /// <summary>
    /// The least share of its pairs a text must hold to be about the question: a third, half when a word of it is
    /// unwritten. On the dev sets' answerable questions (typed, folded, folded in lower case: 2106) none falls below
    /// in the document that supports it, of the readable everyday questions answered before (chatter_fresh2_dev,
    /// chatter_fresh: 23) most do.
    /// </summary>
    public double MinShare => HasUnwrittenWord ? MinShareUnwritten : MinShareWritten;

    private const double MinShareWritten = 1.0 / 3;

    private const double MinShareUnwritten = 0.5;

    /// <summary>
    /// The least share of its own words a text must hold to be about a grounded question: a tenth, so at least one of up
    /// to ten. Of the readable sets' answerable questions (typed, folded, folded in lower case) and the synonym probe's
    /// substitutions the supporting document of none holds less than a fifth; everyday questions naming a province of
    /// the materials ("… có thác nào đẹp") hold none.
    /// </summary>
    public const double MinWordShare = 0.1;

    /// <summary>
    /// The share the fields hold and the least share they must hold: for a grounded question its own words
    /// (<see cref="WordShare"/> against <see cref="MinWordShare"/>), otherwise its pairs (<see cref="Share"/> against
    /// <see cref="MinShare"/>; 0 when the fields hold none of its own pairs, <see cref="HoldsOwnPair"/>).
    /// </summary>
    public (double Share, double Min) Measure(IReadOnlyList<IReadOnlyList<string>> fields) =>
        Grounded ? (WordShare(fields), MinWordShare)
        : ReadOnWords ? (WordShare(fields), MinShare)
        : (HoldsOwnPair(fields) ? Share(fields) : 0, MinShare);

    /// <summary>
    /// True when a question naming nothing that grounds it has no pair of its topic to read (none beyond the words that
    /// ask or judge: "uong nhieu nuoc da co hai khong" pairs only "có hại") but own words: it is read on those, as a
    /// grounded one is, against the least share of its pairs (<see cref="MinShare"/>).
    /// </summary>
    public bool ReadOnWords => !Grounded && _pairs.Count == 0 && _words.Count > 0;

    /// <summary>The share in [0, 1] of the question's own content words the fields hold in any reading (a synonym of
    /// the lexicon counts, also one of a pair holding the word); 1 when it has none.</summary>
    public double WordShare(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        // A word is held where it is written, or where a pair holding it is in any reading: a paraphrase's readings come
        // with its pairs ("khai giảng" held where "mở lớp" is written).
        // A syllable typed without diacritics that the index writes in several ways, held only apart from the question's
        // pairs, counts its spelling certainty: which word the text holds is a guess ("nuoc" held as "nước" or "nuộc").
        var heldPairs = _pairs.Where(p => Held(p.Readings, fields)).SelectMany(p => p.Key.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return _words.Count == 0 ? 1
            : _words.Sum(w => heldPairs.Contains(w.Key) ? 1 : Held(w.Readings, fields) ? _ambiguity.GetValueOrDefault(w.Key, 1.0) : 0) / _words.Count;
    }

    /// <summary>
    /// Whether the fields hold one of the question's own pairs, those beyond the shared official vocabulary ("cán bộ",
    /// "cấp xã", "bồi dưỡng"); true when it has none. A question naming nothing that grounds it whose document holds
    /// only such pairs of it shares the officials' words, not its topic ("Thi tuyển công chức cấp xã … thi những môn
    /// gì?"). No readable set's answerable question fails it.
    /// </summary>
    public bool HoldsOwnPair(IReadOnlyList<IReadOnlyList<string>> fields) => _ownPairs.Count == 0 || HeldShare(_ownPairs, fields) > 0;

    /// <summary>The share in [0, 1] of the question's pairs that the fields (folded tokens) hold; 1 when it has none.</summary>
    public double Share(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        return HeldShare(_pairs.Select(p => p.Readings).ToList(), fields);
    }

    private static double HeldShare(IReadOnlyList<string[][]> groups, IReadOnlyList<IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return groups.Count == 0 ? 1 : (double)groups.Count(readings => Held(readings, fields)) / groups.Count;
    }

    /// <summary>The pairs and own words read, for the decision trace.</summary>
    public override string ToString() =>
        $"pairs [{string.Join(", ", _pairs.Select(p => p.Key))}] own words [{string.Join(' ', _words.Select(w => w.Key))}]";

    private static bool Held(string[][] readings, IReadOnlyList<IReadOnlyList<string>> fields) =>
        readings.Any(r => fields.Any(f => TokenSequence.Contains(f, r)));

    private static string[][] Readings(TermGroup group) => group.Phrases.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
}
