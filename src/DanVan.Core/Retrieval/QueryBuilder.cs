using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Turns untrusted question text into a safe FTS5 query. User text never reaches FTS5 syntax: only folded
/// letter-and-digit syllables are kept, each phrase quoted, joined with OR. Function words are dropped,
/// abbreviations expanded, tokens that cannot be Vietnamese syllables corrected against the index vocabulary.
/// </summary>
public static partial class QueryBuilder
{
    /// <summary>Questions longer than this are searched on their first part (enough for any real question).</summary>
    public const int MaxQuestionChars = 2000;
    public const int MaxTerms = 32;
    public const int MaxPairs = 24;

    [GeneratedRegex(@"^d(\d{1,3})$")]
    private static partial Regex ArticleShorthand();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex Year();

    public static SearchQuery Build(string? question, Vocabulary vocabulary) => Build(question, vocabulary, QuestionLexicon.Default);

    /// <summary>The search for a question, its ways of asking, kind and paraphrases read from <paramref name="lexicon"/>.</summary>
    public static SearchQuery Build(string? question, Vocabulary vocabulary, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(lexicon);
        var text = VietnameseText.Normalize(question);
        if (text.Length > MaxQuestionChars)
        {
            text = TextCut.Truncate(text, MaxQuestionChars);
        }

        var tokens = LexiconMatcher.WithBodyNames(Provinces.CorrectTypos(Tokenizer.TokenizeTyped(WithoutSetAside(text))), lexicon);
        var folded = tokens.Select(t => t.Folded).ToList();
        var kind = KindOf(tokens, lexicon);
        var untyped = AmbiguousSyllables.TypedWithoutDiacritics(tokens);
        var yearWord = YearWords(tokens, vocabulary, lexicon);
        var inProvince = Provinces.InNames(tokens, yearWord);
        var either = new HashSet<string>(StringComparer.Ordinal);
        var content = new HashSet<string>(StringComparer.Ordinal);

        // Each position: a group of alternatives, or null for a function word (which breaks syllable pairs); and the
        // paraphrase its words are part of, if any.
        var sequence = new List<string[]?>(tokens.Count + 8);
        var spans = SynonymSpans(tokens, lexicon);
        var spanOf = new List<SynonymSpan?>(tokens.Count + 8);
        SynonymSpan? span = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // What the previous step added to the sequence belongs to the span of the token it started at.
            spanOf.AddRange(Enumerable.Repeat(span, sequence.Count - spanOf.Count));
            span = spans[i];
            var token = tokens[i];
            if (Abbreviations.IsTypedAsAbbreviation(token) && Abbreviations.Readings(folded, i, out var length) is { } readings)
            {
                if (length == 1 && Syllables.IsPossible(token.Folded))
                {
                    // A short form that is also a word typed without diacritics ("tu": TU or từ) is either.
                    sequence.Add([token.Folded, .. readings]);
                }
                else if (readings.Length == 1)
                {
                    sequence.AddRange(readings[0].Split(' ').Select(t => new[] { t }));
                }
                else
                {
                    sequence.Add(readings);
                }

                i += length - 1;
                continue;
            }

            if (LexiconMatcher.LongestAt(tokens, i, lexicon.QuestionPhrases) is var phraseLength and > 0)
            {
                sequence.AddRange(Enumerable.Repeat<string[]?>(null, phraseLength));
                i += phraseLength - 1;
                continue;
            }

            if (Abbreviations.IsTypedAsAbbreviation(token) && ArticleShorthand().Match(token.Folded) is { Success: true } article)
            {
                sequence.Add(["dieu"]);
                sequence.Add([article.Groups[1].Value]);
                continue;
            }

            // Lone letters ("đ/c" split apart, initials) carry nothing to search for.
            var isLoneLetter = token.Folded.Length == 1 && !char.IsDigit(token.Folded[0]);
            // A syllable of a province's name is never a function word ("Ha Nam": Hà, not hả).
            var role = inProvince[i] ? FoldedRole.Content
                : untyped && token.Typed == token.Folded ? RoleOf(folded, i, vocabulary)
                : StopWords.IsStopWord(token.Typed, token.Folded) ? FoldedRole.Function : FoldedRole.Content;
            var isStopWord = role == FoldedRole.Function;
            (role == FoldedRole.Either ? either : content).Add(token.Folded);
            // A word no passage holds that QuestionSpelling left as typed (no clear reading) is searched as its likeliest one.
            sequence.Add(isLoneLetter || isStopWord ? null : [QuestionSpelling.SearchTerm(token.Folded, vocabulary)]);
        }

        spanOf.AddRange(Enumerable.Repeat(span, sequence.Count - spanOf.Count));

        // Paraphrases with a pair of searched words inside ("xích mích"; not "người có tiếng nói", whose "có" breaks it).
        var paired = Enumerable.Range(0, Math.Max(0, sequence.Count - 1))
            .Where(k => sequence[k] is { Length: 1 } && sequence[k + 1] is { Length: 1 } && spanOf[k] is not null && ReferenceEquals(spanOf[k], spanOf[k + 1]))
            .Select(k => spanOf[k]!).ToHashSet();
        var terms = new List<TermGroup>();
        var pairs = new List<TermGroup>();
        for (var i = 0; i < sequence.Count && terms.Count < MaxTerms; i++)
        {
            var group = sequence[i];
            if (group is null)
            {
                continue;
            }

            // A paraphrase is found where any of its readings is ("xích mích" where "mâu thuẫn" is written): its pairs
            // count, or its words when it has no pair; its words alone do not ("lớp" is not found in "khóa học").
            var paraphrase = spanOf[i];
            AddGroup(terms, group, lexicon, paraphrase is not null && !paired.Contains(paraphrase) ? paraphrase.Readings : null);
            var next = i + 1 < sequence.Count ? sequence[i + 1] : null;
            if (next is not null && group.Length == 1 && next.Length == 1 && pairs.Count < MaxPairs && !(IsNumber(group[0]) && IsNumber(next[0])))
            {
                AddGroup(pairs, [group[0] + " " + next[0]], lexicon, paraphrase is not null && ReferenceEquals(paraphrase, spanOf[i + 1]) ? paraphrase.Readings : null);
            }
        }

        // A number of four digits that counts what follows ("có gần 2000 mô hình") is no year.
        var named = lexicon.YearsIn(tokens).ToHashSet(StringComparer.Ordinal);
        var years = terms.SelectMany(t => t.Phrases).Where(p => Year().IsMatch(p) && named.Contains(p)).Distinct().ToList();
        var provinces = Provinces.Mentioned(tokens, yearWord);
        var (match, byRecency) = BuildMatch(terms, pairs, vocabulary);
        either.ExceptWith(content);
        return new SearchQuery(terms, pairs, match, kind, years, provinces, byRecency) { EitherWords = either };
    }

    /// <summary>
    /// Which syllables are the year word and no syllable of a name: one typed without diacritics that folds like a year
    /// lead (<c>yearLeads</c> in words.json: "nam" is năm or Nam), right before a year, after a syllable the one before
    /// it binds into a word the index writes ("Dong Ha nam 2023": the place Đông Hà, then năm 2023; not the province Hà
    /// Nam). A name's first syllable after a function word, a level or a kind of locality ("o Ha Nam 2022", "tinh Ha
    /// Nam 2022") or first in the question stays free to start the name.
    /// </summary>
    public static Func<int, bool> YearWords(IReadOnlyList<QueryToken> tokens, Vocabulary vocabulary, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(lexicon);
        var leads = WordLists.Current.SpokenNumbers.YearLeads.Select(Tokenizer.Tokenize).Where(l => l.Count == 1).Select(l => l[0]).ToHashSet(StringComparer.Ordinal);
        return k => k >= 2 && k + 1 < tokens.Count && tokens[k].Typed == tokens[k].Folded && leads.Contains(tokens[k].Folded)
            && Year().IsMatch(tokens[k + 1].Folded) && vocabulary.Contains(IndexText.Pair(tokens[k - 2].Folded, tokens[k - 1].Folded))
            && !StopWords.IsStopWord(tokens[k - 2].Typed, tokens[k - 2].Folded) && !StopWords.MayBeStopWord(tokens[k - 2].Folded)
            && !QuestionLexicon.EndsAt(tokens, k - 1, lexicon.OfficeLevels);
    }

    private enum FoldedRole
    {
        Content,
        Function,
        Either,
    }

    /// <summary>
    /// How a syllable of a question typed without diacritics is read: as a stop word, as it would be typed with
    /// diacritics — a plain stop word ("cua"), and one that folds like a stop word written with diacritics ("co": có,
    /// "may": mấy) when the index writes it so more than half the time (<see cref="Vocabulary.FunctionShare"/>; "chung"
    /// is chung or chứng as often as chúng and stays) and it makes no pair the index writes with a neighbour that is no
    /// stop word ("bo may", "co quan": a content word there). One that folds like a stop word, makes no such pair and
    /// that the index mostly writes otherwise ("hoi": hội, hỏi) is either (<see cref="SearchQuery.EitherWords"/>).
    /// </summary>
    private static FoldedRole RoleOf(IReadOnlyList<string> folded, int i, Vocabulary vocabulary)
    {
        if (StopWords.IsStopWord(folded[i], folded[i]))
        {
            return FoldedRole.Function;
        }

        if (!StopWords.MayBeStopWord(folded[i]) || Pairs(i - 1) || Pairs(i + 1))
        {
            return FoldedRole.Content;
        }

        return vocabulary.FunctionShare(folded[i]) > 0.5 ? FoldedRole.Function : FoldedRole.Either;

        bool Pairs(int j) =>
            j >= 0 && j < folded.Count && !IsNumber(folded[j]) && !StopWords.MayBeStopWord(folded[j]) && !StopWords.IsStopWord(folded[j], folded[j])
            && vocabulary.Contains(j < i ? IndexText.Pair(folded[j], folded[i]) : IndexText.Pair(folded[i], folded[j]));
    }

    /// <summary>
    /// The question without what it sets aside: a clause that starts with "không phải" ("(không phải lớp ở Cà Mau)")
    /// and whatever follows "chứ không phải". Its years, provinces and words describe the course not asked about, so
    /// they must neither be searched nor count as covered. A question made only of such clauses is kept whole.
    /// </summary>
    public static string WithoutSetAside(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kept = new List<string>();
        var setAside = false;
        foreach (var clause in ClauseBreak().Split(question))
        {
            var folded = VietnameseText.Fold(clause).TrimStart();
            if (folded == "khong phai" || folded.StartsWith("khong phai ", StringComparison.Ordinal))
            {
                setAside = true;
                continue;
            }

            var but = folded.IndexOf("chu khong phai", StringComparison.Ordinal);
            setAside |= but >= 0;
            kept.Add(but >= 0 ? clause[..(clause.Length - clause.TrimStart().Length + but)] : clause);
        }

        var result = string.Join(", ", kept.Where(c => !string.IsNullOrWhiteSpace(c)));
        return setAside && Tokenizer.Tokenize(result).Count > 0 ? result : question;
    }

    /// <summary>Punctuation that ends a clause of a question.</summary>
    [GeneratedRegex(@"[,;:?!.()\[\]\n]")]
    internal static partial Regex ClauseBreak();

    private static void AddGroup(List<TermGroup> groups, string[] phrases, QuestionLexicon lexicon, IReadOnlyList<string>? readings = null)
    {
        var key = phrases[0];
        var at = groups.FindIndex(g => g.Key == key);
        if (at >= 0)
        {
            if (readings is not null)
            {
                groups[at] = groups[at] with { Phrases = groups[at].Phrases.Concat(readings).Distinct().ToList() };
            }

            return;
        }

        // A single syllable's synonyms come only from its paraphrase (read with the diacritics typed): folded alone,
        // "dan" would also be "dán" and take its synonyms.
        var all = phrases.Concat(phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).SelectMany(lexicon.SynonymsOf))
            .Concat(readings ?? []).Distinct().ToList();
        groups.Add(new TermGroup(key, all));
    }

    // For each token, the paraphrase of the lexicon it is part of (longest first, left to right): "người có tiếng nói" is
    // read as "người có uy tín", so each of its words counts where that is written.
    private static SynonymSpan?[] SynonymSpans(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon)
    {
        var spans = new SynonymSpan?[tokens.Count];
        foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.SynonymPhrases))
        {
            var key = string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Folded));
            var span = new SynonymSpan(lexicon.SynonymsOf(key));
            for (var k = at; k < at + length; k++)
            {
                spans[k] = span;
            }
        }

        return spans;
    }

    private sealed record SynonymSpan(IReadOnlyList<string> Readings);

    /// <summary>Corpora above this many passages match only the phrases that fit <see cref="MatchBudget"/> (scoring still uses all).</summary>
    public const int PruneAbovePassages = 2000;

    /// <summary>
    /// How many passage hits one MATCH may cost, summed over its phrases' <see cref="MatchPhrase.RankingCost"/> (each
    /// token's document frequency): FTS5 reads every hit of every token and scores each matching passage, so this bounds
    /// the time of a search whatever the corpus size.
    /// </summary>
    public const int MatchBudget = 3000;

    private static (string? Match, bool ByRecency) BuildMatch(List<TermGroup> terms, List<TermGroup> pairs, Vocabulary vocabulary)
    {
        if (terms.Count == 0)
        {
            return (null, false);
        }

        var phrases = pairs.Concat(terms).SelectMany(g => g.Phrases).Distinct().Select(p => MatchPhrase.Of(p, vocabulary)).ToList();
        var byRecency = false;
        if (vocabulary.PassageCount > PruneAbovePassages)
        {
            phrases = WithinBudget(phrases, vocabulary.PassageCount);
            byRecency = phrases.Sum(p => p.Frequency) > MatchBudget || phrases.Sum(p => p.Reads) > ReadBudget;
            phrases = vocabulary.IsBehindIndex ? phrases : HeldByIndex(phrases);
        }

        return (string.Join(" OR ", phrases.Select(p => p.Expression)), byRecency);
    }

    /// <summary>
    /// The phrases the index holds: one with a token in no passage (<see cref="MatchPhrase.Frequency"/> 0: a reading of
    /// the lexicon the materials never write, a pair of the question's words never written together) matches nothing,
    /// so the MATCH finds and ranks the same passages without it (bm25 adds nothing for a phrase a passage lacks), but
    /// FTS5 would still look each of its tokens up in every segment of the index (most of the MATCH's time at 100k
    /// passages). Scoring still counts it. Applies only where the budget does, and not while the vocabulary is being
    /// re-counted after an ingestion (<see cref="Vocabulary.IsBehindIndex"/>: the new passages may hold what it lacks).
    /// When the index holds none, the first is kept, so that the search stays a search that finds nothing.
    /// </summary>
    private static List<MatchPhrase> HeldByIndex(List<MatchPhrase> phrases)
    {
        var held = phrases.Where(p => p.Frequency > 0).ToList();
        return held.Count > 0 ? held : phrases.Take(1).ToList();
    }

    /// <summary>
    /// How many index entries ranking one MATCH may read: bm25 counts the passages holding each phrase, reading all of
    /// its entries. Words that are each in most passages can be AND-ed into a rare combination and still cost that; such
    /// a search takes the newest matches instead of ranking them (<see cref="SearchQuery.ByRecency"/>).
    /// </summary>
    public const int ReadBudget = 100_000;

    // Rarest first while the hits fit the budget: a rare phrase ranks better and costs less. When even the rarest
    // phrase alone is too common (a question made only of everyday words), its passages are narrowed by AND-ing the
    // next rarest phrases until their expected co-occurrence fits; the question's coverage re-ranks what that finds.
    private static List<MatchPhrase> WithinBudget(List<MatchPhrase> phrases, long passages)
    {
        var byRarity = phrases.OrderBy(p => p.Frequency).ToList();
        var chosen = new List<MatchPhrase>();
        long hits = 0;
        foreach (var phrase in byRarity)
        {
            // A phrase of several words costs every word's passages (bm25 counts each), not only those it matches:
            // one that does not fit is left out, and the next, rarer in cost, may still fit.
            if (hits + phrase.RankingCost > MatchBudget)
            {
                continue;
            }

            chosen.Add(phrase);
            hits += phrase.RankingCost;
        }

        if (chosen.Any(p => p.Frequency > 0))
        {
            return chosen;
        }

        var common = byRarity.Skip(chosen.Count).ToList();
        if (common.Count == 0)
        {
            return chosen;
        }

        var together = new List<MatchPhrase>();
        double expected = passages;
        foreach (var phrase in common)
        {
            // A syllable of a word already required adds nothing (and would fool the estimate).
            if (phrase.Syllables.Count == 1 && together.Any(t => t.Syllables.Contains(phrase.Syllables[0])))
            {
                continue;
            }

            together.Add(phrase);
            expected *= (double)phrase.Frequency / passages;
            if (expected <= MatchBudget && together.Count >= 2)
            {
                break;
            }
        }

        chosen.Add(together.Count == 1 ? together[0] : MatchPhrase.All(together, (long)Math.Ceiling(expected)));
        return chosen;
    }

    private static bool IsNumber(string term) => term.All(char.IsDigit);

    // The kind of fact asked, from the lexicon's cue phrases: a count first, then a time, a place, a person.
    private static QuestionKind KindOf(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon) =>
        lexicon.Asks("count", tokens) ? QuestionKind.Number
        : lexicon.Asks("time", tokens) || lexicon.Asks("year", tokens) || lexicon.Asks("day", tokens) ? QuestionKind.Time
        : lexicon.Asks("venue", tokens) || lexicon.Asks("place", tokens) ? QuestionKind.Place
        : lexicon.Asks("person", tokens) ? QuestionKind.Person
        : QuestionKind.General;
}
