using System.Buffers;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The asked head: the noun phrase a question's interrogative is bound to ("điểm cầu nào", "giảng viên nào", "những
// chuyên đề gì", "giai đoạn nào"), read from the syllables right before "nào"/"gì" where no cue of the lexicon already
// reads them. A person noun asks a person (answered by a sentence naming one), a time noun a time; a noun of a class the
// lexicon knows (a kind of class, document, place or body) asks which one, answered only by a window that states the
// class with an instance of it — a name, a number, a quoted or listed item ("Trường Chính trị tỉnh", "chuyên đề: …").
// A window naming the class only by count ("8 điểm cầu các huyện") or not at all is related material. And a superlative
// after the interrogative ("lớp nào được đánh giá tốt nhất", "ai điểm cao nhất") asks a ranking the evidence must state.
// A noun the lexicon does not know is a head too when the question counts it ("8 bài học … những bài học nào"): a window
// counting it the same way must list its members. The other types of evidence asked are in AnswerExpectation.AskedEvidence.
public sealed partial class AnswerExpectation
{
    /// <summary>What an asked head is read as: a person, a time, or an instance of a class of things.</summary>
    internal enum HeadKind
    {
        Person,
        Time,
        Thing,
    }

    /// <summary>
    /// An asked head: its folded words, what it asks, and for a thing the phrases of its class (any states it), matched as
    /// the materials write them, and its synonyms, matched folded.
    /// </summary>
    internal sealed record AskedHead(string[] Words, HeadKind Kind, IReadOnlyList<LexiconPhrase> Class, IReadOnlyList<string[]> FoldedClass)
    {
        /// <summary>
        /// True for a noun the lexicon does not know whose number the question states: a window counting it the same way
        /// ("8 bài học kinh nghiệm") must list its members; one that never counts it may name them otherwise (the asker's own word).
        /// </summary>
        public bool Counted { get; init; }

        public override string ToString() => $"{string.Join(' ', Words)} ({Kind.ToString().ToLowerInvariant()})";
    }

    /// <summary>The asked heads of things, each of which a window answering must state with an instance.</summary>
    private IReadOnlyList<AskedHead> ThingHeads { get; init; } = [];

    /// <summary>Every asked head read, for the trace.</summary>
    private IReadOnlyList<AskedHead> Heads { get; init; } = [];

    /// <summary>True when the question asks a ranking ("… nào … tốt nhất"): the evidence must state one.</summary>
    public bool AsksRanking { get; private init; }

    /// <summary>The asked heads of a question (normalised text) with the shipped lexicon's words.</summary>
    internal static IReadOnlyList<AskedHead> AskedHeadsOf(string question, QuestionLexicon lexicon)
    {
        var heads = new List<AskedHead>();
        var words = lexicon.AskedHeads;
        var clauses = Clauses(question, lexicon).ToList();
        var all = clauses.SelectMany(c => c).Select(t => t.Folded).ToList();
        foreach (var clause in clauses)
        {
            var read = CueCovered(clause, lexicon);
            for (var i = 1; i < clause.Count; i++)
            {
                // "gì đó", "nào cũng": no interrogative (typed without diacritics, only where it ends the clause: "nào dạy" is no "nào đấy").
                if (!lexicon.WhichWords.Contains(clause[i].Folded) || read[i] || words.Indefinites.Any(w => w.StartsAt(clause, i + 1)
                    && (clause[i + 1].Typed != clause[i + 1].Folded || i + 1 + w.Length == clause.Count)))
                {
                    continue;
                }

                if (HeadAt(clause, i, lexicon, all) is { } head)
                {
                    heads.Add(head);
                }
            }
        }

        return heads;
    }

    // The head ending right before the interrogative at <paramref name="at"/>: the longest phrase of the lexicon's head
    // words there (null when none, when it is vague or a course, when it ends a longer word of the lexicon — "đạo" of "chỉ
    // đạo" —, or when typed without diacritics it may be nouns of two kinds: "hoc vien nao" is a person or an academy). A
    // thing's class holds its groups' phrases, its other names ("những dân tộc nào": "đồng bào") and synonyms. Where no
    // head word is found, a noun the question counts (CountedHead).
    private static AskedHead? HeadAt(List<QueryToken> clause, int at, QuestionLexicon lexicon, List<string> question)
    {
        var words = lexicon.AskedHeads;
        for (var length = Math.Min(4, at); length > 0; length--)
        {
            var start = at - length;
            bool Matches(LexiconPhrase p) => p.Length == length && p.StartsAt(clause, start);
            var person = words.People.Any(Matches);
            var time = words.Times.Any(Matches);
            var classes = words.Classes.Where(g => g.Any(Matches)).ToList();
            var vague = words.Vague.Any(Matches) || words.Courses.Any(Matches);
            var kinds = (person ? 1 : 0) + (time ? 1 : 0) + (classes.Count > 0 ? 1 : 0);
            if (kinds == 0 && !vague)
            {
                continue;
            }

            // A thing's noun, or one syllable, after a word that is no function word may be a verb ("quy chế … quy định gì") or
            // end a longer word ("ban chỉ đạo nào", "tham gia lớp nào").
            if (vague || kinds > 1 || EndsLongerWord(clause, start, at, lexicon)
                || (start > 0 && (length == 1 ? !IsFunctionWord(clause[start - 1]) : classes.Count > 0 && !MayBeFunctionWord(clause[start - 1]))))
            {
                return null;
            }

            var folded = clause.Skip(start).Take(length).Select(t => t.Folded).ToArray();
            if (person || time)
            {
                return new AskedHead(folded, person ? HeadKind.Person : HeadKind.Time, [], []);
            }

            var phrases = classes.Concat(words.OtherNames.Where(g => g.Any(Matches))).SelectMany(g => g).ToList();
            return new AskedHead(folded, HeadKind.Thing, phrases, lexicon.SynonymsOf(string.Join(' ', folded)).Select(w => w.Split(' ')).ToList());
        }

        return CountedHead(clause, at, question);
    }

    // A noun no head word of the lexicon reads, asked "which" of after a function word ("những", "các") when the question
    // states how many there are (<paramref name="question"/>: its folded words; "8 bài học … gồm những bài học nào"): its
    // members are asked, stated by a window that names the noun with an item, not by one naming only their number.
    private static AskedHead? CountedHead(List<QueryToken> clause, int at, List<string> question)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        // A noun of two or three syllables (one may be a verb: "học viên được học gì"), counted by a number that is no year.
        for (var length = Math.Min(3, at - 1); length > 1; length--)
        {
            var start = at - length;
            if (!IsFunctionWord(clause[start - 1]) || char.IsDigit(folded[start - 1][0]))
            {
                continue;
            }

            var noun = folded.GetRange(start, length).ToArray();
            if (Enumerable.Range(0, Math.Max(0, question.Count - length))
                .Any(n => question[n].Length <= 3 && question[n].All(char.IsDigit) && TokenSequence.StartsAt(question, n + 1, noun)))
            {
                return new AskedHead(noun, HeadKind.Thing, [], [noun]) { Counted = true };
            }
        }

        return null;
    }

    // A function word, or typed without diacritics one that may be ("thi" of "thì").
    private static bool MayBeFunctionWord(QueryToken token) =>
        IsFunctionWord(token) || (token.Typed == token.Folded && StopWords.MayBeStopWord(token.Folded));

    // True when a word of the lexicon starts before the head and ends inside it ("chỉ đạo nào", "lãnh đạo nào" read as "đạo").
    private static bool EndsLongerWord(List<QueryToken> clause, int start, int end, QuestionLexicon lexicon) =>
        Enumerable.Range(Math.Max(0, start - 3), Math.Min(3, start))
            .Any(s => lexicon.Words.Any(w => w.Length > start - s && s + w.Length <= end && w.StartsAt(clause, s)));

    // The positions of a clause some asking cue of the lexicon already reads ("tỉnh nào", "ngày nào", "người nào", "chức vụ
    // gì", "những gì", "đối tượng nào"): the head reading reads only what they leave.
    private static bool[] CueCovered(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        var covered = new bool[clause.Count];
        foreach (var cues in lexicon.AskerLists.Append(lexicon.QuestionPhrases).Append(lexicon.ParticipantAskers).Append(lexicon.ListAskers))
        {
            foreach (var (at, length) in lexicon.FindCues(clause, cues))
            {
                Array.Fill(covered, true, at, length);
            }
        }

        return covered;
    }

    // A ranking asked: a word of the lexicon's rankings after the clause's first asker of which or who ("nào", "gì", the
    // person cues) or the opener of a yes/no clause: "điểm cầu nào đông học viên nhất", "ai điểm cao nhất", "lớp năm 2023
    // có phải đông nhất không". Before it the superlative describes what is asked
    // of ("Hội nghị lớn nhất … quán triệt văn bản nào"); after a count asker it narrows what is counted ("bao nhiêu người
    // có bài thu hoạch tốt nhất"). A ranking word inside a lexicalised word ("thống nhất", "ít nhất"), a role
    // ("lãnh đạo cao nhất") or a cue ("chậm nhất", "mới nhất") ranks nothing.
    private static bool RankingAsked(string question, QuestionLexicon lexicon)
    {
        foreach (var clause in Clauses(question, lexicon))
        {
            // A yes/no clause asks what follows its opener ("lớp năm 2023 có phải đông nhất không").
            var yesNo = LexiconMatcher.Find(clause, lexicon.Form.YesNoClosers).Any() || LexiconMatcher.Find(clause, lexicon.PremiseClosers).Any();
            var asker = Enumerable.Range(0, clause.Count).Where(i => lexicon.WhichWords.Contains(clause[i].Folded))
                .Concat(lexicon.FindCues(clause, lexicon.Kinds.GetValueOrDefault("person") ?? []).Select(c => c.At))
                .Concat(yesNo ? LexiconMatcher.Find(clause, [.. lexicon.Form.YesNoOpeners, .. lexicon.PremiseOpeners]).Select(c => c.At) : [])
                .DefaultIfEmpty(-1).Min();
            if (asker < 0)
            {
                continue;
            }

            var lexicalised = lexicon.AskedHeads.NotRankings.Concat(lexicon.Roles.Select(r => r.Role)).Concat(lexicon.TimeScope.Now)
                .Concat(lexicon.AskerLists.SelectMany(cues => cues)).ToList();
            var taken = LexiconMatcher.Find(clause, lexicalised).ToList();
            if (LexiconMatcher.Find(clause, lexicon.AskedHeads.Rankings)
                .Any(r => r.At > asker && !taken.Any(t => t.At < r.At + r.Length && r.At < t.At + t.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quality a comparison is asked of ("thành công" of "đợt 1 có thành công hơn đợt 2 không"); null when none is.</summary>
    private string[]? ComparedQuality { get; init; }

    // A comparison asked: a comparative of the lexicon's right after a quality, in a clause that asks yes or no (or checks a
    // premise) or weighs alternatives ("X hay Y tốt hơn"), and not before a number ("có hơn 800 người không" counts). The
    // quality is the two words before it when the lexicon knows them as one ("thành công"), else the one word.
    private static string[]? ComparisonAsked(string question, QuestionLexicon lexicon)
    {
        var words = lexicon.AskedHeads;
        foreach (var clause in Clauses(question, lexicon))
        {
            if (!LexiconMatcher.Find(clause, [.. lexicon.Form.YesNoClosers, .. lexicon.PremiseClosers, .. words.ComparisonJoiners]).Any())
            {
                continue;
            }

            foreach (var (at, length) in LexiconMatcher.Find(clause, words.Comparatives))
            {
                if (at > 0 && !IsAnchorless(clause[at - 1]) && !CountsAt(clause, at + length, lexicon))
                {
                    var quality = at >= 2 && Math.Max(LexiconMatcher.LongestAt(clause, at - 2, lexicon.Words), LexiconMatcher.LongestAt(clause, at - 2, lexicon.SynonymPhrases)) == 2 ? 2 : 1;
                    return clause.Skip(at - quality).Take(quality).Select(t => t.Folded).ToArray();
                }
            }
        }

        return null;
    }

    // A number at <paramref name="at"/>: digits or a number word ("hơn 800", "hơn hai nghìn").
    private static bool CountsAt(IReadOnlyList<QueryToken> tokens, int at, QuestionLexicon lexicon) =>
        at < tokens.Count && (char.IsDigit(tokens[at].Folded[0]) || lexicon.NumberWords.Contains(tokens[at].Typed.ToLowerInvariant()));

    /// <summary>
    /// True unless the question asks a ranking and none of the window's sentences (as written: "cập nhật" ranks nothing)
    /// states one: a superlative, a ranking or a comparison of the lexicon's, outside lexicalised words ("duy nhất", "ít nhất");
    /// or asks, and nothing else, a comparison of a quality ("có thành công hơn … không") and none states one of that
    /// quality (or its synonyms) within a few words of a comparative or superlative ("thành công hơn", "tốt nhất"): a
    /// window naming both things compared, or another superlative ("quy mô lớn nhất"), does not compare them.
    /// </summary>
    public bool HoldsRanking(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var window = sentences as IReadOnlyList<string> ?? sentences.ToList();
        return (!AsksRanking || window.Any(s => RankingsIn(Tokenizer.TokenizeWritten(s), comparatives: false).Any()))
            && (ComparedQuality is null || _kinds.Count > 0 || window.Any(StatesComparison));
    }

    // The ranking words of a sentence (written), with its bare comparatives ("hơn") when asked, outside lexicalised words
    // and not before a number.
    private IEnumerable<(int At, int Length)> RankingsIn(List<QueryToken> tokens, bool comparatives)
    {
        var words = _lexicon.AskedHeads;
        var taken = new bool[tokens.Count];
        foreach (var (at, length) in LexiconMatcher.Find(tokens, words.NotRankings))
        {
            Array.Fill(taken, true, at, length);
        }

        return LexiconMatcher.Find(tokens, comparatives ? [.. words.RankingsStated, .. words.Comparatives] : words.RankingsStated)
            .Where(r => !taken.AsSpan(r.At, r.Length).Contains(true) && !CountsAt(tokens, r.At + r.Length, _lexicon));
    }

    /// <summary>How many words from a comparative its quality may stand ("thành công hơn", "tổ chức thành công nhất").</summary>
    private const int QualityReach = 4;

    private bool StatesComparison(string sentence)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        var folded = tokens.Select(t => t.Folded).ToList();
        var qualities = _lexicon.SynonymsOf(string.Join(' ', ComparedQuality!)).Select(s => s.Split(' ')).Append(ComparedQuality!).ToList();
        return RankingsIn(tokens, comparatives: true).Any(r => Enumerable.Range(Math.Max(0, r.At - QualityReach), Math.Min(folded.Count, r.At + r.Length + QualityReach) - Math.Max(0, r.At - QualityReach))
            .Any(k => qualities.Any(q => TokenSequence.StartsAt(folded, k, q))));
    }

    /// <summary>
    /// True when the window's sentences (as written) state every thing the question asks "which" of with an instance of
    /// it: a phrase of the head's class named itself ("Trường Chính trị tỉnh") or followed, in its clause, by a name, a
    /// number, a quote or a list ("chuyên đề: …"); true when no such head is asked, and when the question asks a kind of
    /// fact too and a sentence of the window holds one (a question asking several things is answered by any of them, each
    /// ask then answered or noted apart).
    /// </summary>
    public bool HoldsAskedHeads(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (ThingHeads.Count == 0)
        {
            return true;
        }

        var window = sentences.ToList();
        return (_kinds.Count > 0 && window.Any(s => KindsMetBy(s) != 0))
            || ThingHeads.All(head => window.Any(s => StatesInstance(s, head)) || (head.Counted && !window.Any(s => Counts(s, head))));
    }

    // A number right before the head's noun ("8 bài học"): the sentence counts what the question counts.
    private static bool Counts(string sentence, AskedHead head)
    {
        var folded = Tokenizer.Tokenize(sentence);
        return Enumerable.Range(1, Math.Max(0, folded.Count - head.Words.Length)).Any(k => char.IsDigit(folded[k - 1][0]) && TokenSequence.StartsAt(folded, k, head.Words));
    }

    // Clause punctuation: what ends the stretch after a head where its instance may stand.
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;.!?");

    // What opens an item after a head: a list, a quote, a bracket.
    private static readonly SearchValues<char> ListOpeners = SearchValues.Create(":“\"(‘'");

    // A phrase of the head's class named itself or followed, within four words of its clause, by a name, a number or an
    // opened list or quote.
    private static bool StatesInstance(string sentence, AskedHead head)
    {
        var spans = Tokenizer.TypedSpans(sentence, 0, sentence.Length);
        var written = spans.Select(s => s.Token with { Written = true }).ToList();
        var folded = spans.Select(s => s.Token.Folded).ToList();
        bool Named(int k) => char.IsUpper(sentence[spans[k].Start]) && (k > 0 || (k + 1 < spans.Count && char.IsUpper(sentence[spans[k + 1].Start])));
        for (var at = 0; at < folded.Count; at++)
        {
            var length = Math.Max(LexiconMatcher.LongestAt(written, at, head.Class),
                head.FoldedClass.Where(p => TokenSequence.StartsAt(folded, at, p)).Select(p => p.Length).DefaultIfEmpty(0).Max());
            if (length == 0)
            {
                continue;
            }

            if (Named(at))
            {
                return true;
            }

            for (var k = at + length; k < Math.Min(spans.Count, at + length + 4); k++)
            {
                var gap = sentence.AsSpan(spans[k - 1].End, spans[k].Start - spans[k - 1].End);
                if (gap.IndexOfAny(ListOpeners) >= 0)
                {
                    return true;
                }

                if (gap.IndexOfAny(ClauseEnds) >= 0)
                {
                    break;
                }

                if (Named(k) || char.IsDigit(folded[k][0]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
