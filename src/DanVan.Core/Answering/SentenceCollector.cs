using DanVan.Core.Documents;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Scores every sentence of the retrieved passages by how much of the question it covers, and finds the best
/// support: a sentence holding the kind of fact asked whose window (it, its neighbours, its document's context)
/// covers the question, in a document that names everything the question names.
/// </summary>
internal sealed class SentenceCollector
{
    private readonly CoverageScorer _scorer;
    private readonly AnswerExpectation _expectation;
    private readonly NamedMentions _mentions;
    private readonly QuestionLexicon _lexicon;
    private readonly QuestionKind _kind;
    private readonly ArticlePart? _part;
    private readonly Func<long, string, string?> _articleText;

    /// <summary>How much a sentence of the clause or point asked ("khoản 4 Điều 9") outranks the rest of its article.</summary>
    private const double PartBonus = 0.5;

    public SentenceCollector(CoverageScorer scorer, AnswerExpectation expectation, NamedMentions mentions, QuestionLexicon lexicon, QuestionKind kind,
        ArticlePart? part = null, Func<long, string, string?>? articleText = null)
    {
        _part = part;
        _articleText = articleText ?? ((_, _) => null);
        _scorer = scorer;
        _expectation = expectation;
        _mentions = mentions;
        _lexicon = lexicon;
        _kind = kind;
    }

    public SentenceCollection Collect(IReadOnlyList<RetrievedPassage> passages)
    {
        var candidates = new List<SentenceCandidate>();
        var tracing = DecisionTrace.IsOn;
        var blocked = new List<(double Window, string Why, string Text)>();
        double support = 0;
        SentenceCandidate? supporting = null;
        var kindless = new List<(int Rank, int Position, IReadOnlyList<string> Context)>();

        // The year, province or decree a course is about are facts of its document: a passage of it that does not repeat
        // them (a photo caption naming the speaker) is still about that course when another retrieved passage of it names them.
        // Each sentence with its line (a clause or point of an article is told by its lines).
        var sentencesAndLines = passages.Select(p => SentenceSplitter.JoinEnumerators(p.Text.Split('\n')).Select(l => l.Trim())
            .SelectMany((l, index) => SentenceSplitter.Split(l).Select(s => (Sentence: s, Line: l, Index: index))).ToList()).ToList();
        var lineOf = sentencesAndLines.Select(p => p.Select(x => x.Line).ToList()).ToList();
        var split = sentencesAndLines.Select(p => p.Select(x => x.Sentence).ToList()).ToList();
        var splitTokens = split.Select(sentences => sentences.Select(IndexText.Tokens).ToList()).ToList();
        var documentFields = DocumentFields(passages);
        var notMentioned = _mentions.Missing(documentFields.Values.SelectMany(f => f).ToList());
        var partLines = PartLines(passages, documentFields);
        if (partLines is not null && partLines.Values.All(l => l.Count == 0))
        {
            notMentioned = [.. notMentioned, _part!.Label];
        }

        // (A section whose heading states the motive asked, "Điều 2. Mục đích, yêu cầu", states it in each of its sentences;
        // one whose heading names an article gives each of its sentences the article number asked.)
        var kindsMet = split.Select((sentences, rank) =>
        {
            var heading = _expectation.StatedByHeading(passages[rank].Section?.Split(" › ")[^1]);
            return sentences.Select((s, i) => _expectation.KindsMetBy(s, i + 1 < sentences.Count ? sentences[i + 1] : null) | heading).ToList();
        }).ToList();
        // An office given what is asked ("Báo cáo viên là lãnh đạo Ban …") answers "ai" only where its document names no
        // one who meets the question ("Đồng chí Vy Tư Liệu - Vụ trưởng … truyền đạt").
        var naming = passages.Where((p, rank) => kindsMet[rank].Where((k, i) => _expectation.NamesPersonAsked(split[rank][i], k)).Any()).Select(p => p.DocumentId).ToHashSet();
        for (var rank = 0; rank < passages.Count && naming.Count > 0; rank++)
        {
            if (naming.Contains(passages[rank].DocumentId))
            {
                for (var i = 0; i < kindsMet[rank].Count; i++)
                {
                    kindsMet[rank][i] &= ~_expectation.OfficeOnlyKinds(split[rank][i], kindsMet[rank][i]);
                }
            }
        }

        var motiveDocuments = passages.Where((p, rank) => kindsMet[rank].Any(k => k != 0)).Select(p => p.DocumentId).ToHashSet();
        var speakers = passages.Select((p, rank) => (p.DocumentId, rank)).GroupBy(x => x.DocumentId)
            .ToDictionary(g => g.Key, g => _expectation.SpeakerNames(g.SelectMany(x => split[x.rank])));
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var passage = passages[rank];

            // What the document as a whole says (title, province, year, section) counts for each of its sentences, so
            // sentences compete on the rest of the question: "chuyên đề gì" picks the sentence that lists them.
            var context = IndexText.Tokens(passage.Title + " " + passage.Section + " ; " + MetaSource(passage));
            var sentences = split[rank];
            var tokens = splitTokens[rank];
            var namesIn = _mentions.AllIn(documentFields[passage.DocumentId]);
            var aboutAsked = namesIn && _expectation.HoldsArticle(passage.Section + "\n" + passage.Text)
                && _expectation.HoldsNamedOffices(passage.Section + "\n" + passage.Text);
            var coverages = tokens.Select(t => _scorer.Score(t, context)).ToList();
            for (var position = 0; position < sentences.Count; position++)
            {
                var sentence = sentences[position];
                var coverage = coverages[position];
                var kinds = kindsMet[rank][position];
                var holdsFact = !_expectation.IsSpecific || kinds != 0;

                // A purpose or result is often stated apart from the sentences that name what the question names (a long
                // sentence a passage of its own): any window of a document that states one supports it, and the sentence
                // stating it is quoted first. A reason is stated beside them: a window supports it when one of its
                // sentences states it of what the question asks it of (the act a reason is asked of said in that
                // statement: "Do tình hình dịch …, lớp học được tổ chức kết hợp trực tiếp và trực tuyến" states why it
                // was held online, not why it was held in that town).
                // And the statement the reason attaches to says what it is asked of (AnswerExpectation.BindsReason); a window
                // whose reason is of something else is set aside as "reason".
                var windowHoldsFact = _expectation.AsksReason ? StatesMotive(sentences, tokens, kindsMet[rank], position, bound: true)
                    : holdsFact || (_expectation.AsksMotive && motiveDocuments.Contains(passage.DocumentId));
                var inPart = partLines is null || (partLines.TryGetValue(rank, out var part) && part.Contains(lineOf[rank][position]));
                var speaks = (_expectation.HoldsSpeakerOffice(sentence) || speakers[passage.DocumentId].Any(name => TokenSequence.Contains(tokens[position], name)))
                    && _expectation.Says(sentence);
                var score = coverage + KindBonus(holdsFact, sentence) + (speaks ? SpeakerBonus : 0) + (partLines is not null && inPart ? PartBonus : 0) + (0.25 * passage.Score) - (0.02 * rank);
                var candidate = new SentenceCandidate(rank, position, sentence, coverage, score, kinds) { Line = sentencesAndLines[rank][position].Index };
                candidates.Add(candidate);

                // Support: how much of the question the sentence holding the kind of fact asked, with its neighbours,
                // covers ("trong 3 ngày" answers "kéo dài mấy ngày" when the sentence before names the course).
                // (A window covers at most what its three sentences cover apart: no need to score one that cannot win.)
                var bound = coverage + (position > 0 ? coverages[position - 1] : 0) + (position + 1 < coverages.Count ? coverages[position + 1] : 0);
                if (tracing)
                {
                    var unbound = !windowHoldsFact && _expectation.AsksReason && StatesMotive(sentences, tokens, kindsMet[rank], position, bound: false);
                    Trace(blocked, passage, sentences, tokens, position, context, namesIn, inPart, windowHoldsFact, unbound, candidate);
                }

                // (A window not stating the thing asked "which" of holds no asked fact either: see KindlessWindow.)
                if (aboutAsked && inPart && (!windowHoldsFact || !_expectation.HoldsAskedHeads(Window(sentences, position))))
                {
                    kindless.Add((rank, position, context));
                }

                if (aboutAsked && inPart && windowHoldsFact && bound > support)
                {
                    IReadOnlyList<string>[] fields = [position > 0 ? tokens[position - 1] : [], tokens[position],
                        position + 1 < tokens.Count ? tokens[position + 1] : [], context];
                    var window = _scorer.Score(fields);
                    if (window > support && WindowCheckFailed(fields, sentences, position, context) is null)
                    {
                        support = window;
                        supporting = candidate;
                    }
                }
            }
        }

        if (tracing)
        {
            DecisionTrace.Add($"support {support:0.000}{(supporting is null ? string.Empty : $" by [{supporting.PassageRank + 1}] {Clip(supporting.Text)}")}");
            foreach (var (window, why, text) in blocked.Where(b => b.Window > support).OrderByDescending(b => b.Window).Take(3))
            {
                DecisionTrace.Add($"set aside ({why}) window {window:0.000}: {Clip(text)}");
            }
        }

        return new SentenceCollection(candidates, supporting, support, notMentioned) { KindlessWindow = () => KindlessWindow(passages, splitTokens, split, supporting, kindless) };
    }

    // Whether a sentence of the window around <paramref name="position"/> states the reason asked with what it is asked
    // of (the question's focus) in the statement: the sentence itself, with the sentence after it when that one opens
    // with its consequence ("Do đó, …") or the one before when it opens so itself; when <paramref name="bound"/>, with the
    // asked predicate in the statement the reason attaches to.
    private bool StatesMotive(IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlyList<string>> tokens, IReadOnlyList<int> kinds, int position, bool bound)
    {
        for (var p = Math.Max(0, position - 1); p <= Math.Min(sentences.Count - 1, position + 1); p++)
        {
            if (kinds[p] == 0)
            {
                continue;
            }

            var after = p + 1 < sentences.Count && _expectation.OpensWithConsequence(sentences[p + 1]) ? tokens[p + 1] : [];
            var before = p > 0 && _expectation.OpensWithConsequence(sentences[p]) ? tokens[p - 1] : [];
            if (_expectation.HoldsFocus(before, tokens[p], after)
                && (!bound || _expectation.BindsReason(sentences[p], p + 1 < sentences.Count ? sentences[p + 1] : null)))
            {
                return true;
            }
        }

        return false;
    }

    // The best window, in the supporting sentence's document, of the sentences that hold no asked kind of fact (nor the
    // thing asked "which" of) but pass every other check (0 without a supporting sentence).
    private double KindlessWindow(IReadOnlyList<RetrievedPassage> passages, List<List<List<string>>> tokens, List<List<string>> sentences,
        SentenceCandidate? supporting, List<(int Rank, int Position, IReadOnlyList<string> Context)> kindless)
    {
        if (supporting is null)
        {
            return 0;
        }

        var document = passages[supporting.PassageRank].DocumentId;
        double best = 0;
        foreach (var (rank, position, context) in kindless.Where(k => passages[k.Rank].DocumentId == document))
        {
            var t = tokens[rank];
            IReadOnlyList<string>[] fields = [position > 0 ? t[position - 1] : [], t[position], position + 1 < t.Count ? t[position + 1] : [], context];
            var window = _scorer.Score(fields);
            if (window > best && !WindowChecksFailed(fields, sentences[rank], position, context).Any(c => c != "head"))
            {
                best = window;
            }
        }

        return best;
    }

    // Under a decision trace: the checks that set a sentence's window aside (the first named in the lines; "reason" for a
    // reason stated of something else than asked), with the window's coverage.
    private void Trace(List<(double Window, string Why, string Text)> blocked, RetrievedPassage passage, IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlyList<string>> tokens,
        int position, IReadOnlyList<string> context, bool namesIn, bool inPart, bool holdsFact, bool unbound, SentenceCandidate candidate)
    {
        IReadOnlyList<string>[] fields = [position > 0 ? tokens[position - 1] : [], tokens[position], position + 1 < tokens.Count ? tokens[position + 1] : [], context];
        var text = passage.Section + "\n" + passage.Text;
        var failed = new[] { ("article", _expectation.HoldsArticle(text)), ("offices", _expectation.HoldsNamedOffices(text)), ("names", namesIn), ("part", inPart), (unbound ? "reason" : "kind", holdsFact) }
            .Where(c => !c.Item2).Select(c => c.Item1).ToList();
        failed.AddRange(WindowChecksFailed(fields, sentences, position, context));
        if (failed.Count > 0)
        {
            var window = _scorer.Score(fields);
            blocked.Add((window, failed[0], $"[{candidate.PassageRank + 1}] {candidate.Text}"));
            DecisionTrace.Signals?.SetAside(failed, window);
        }
    }

    // Every check a sentence's window fails, in order (lazily: the first costs only its own check).
    private IEnumerable<string> WindowChecksFailed(IReadOnlyList<string>[] fields, IReadOnlyList<string> sentences, int position, IReadOnlyList<string> context)
    {
        if (!_expectation.HoldsFocusIn([sentences[position]], fields))
        {
            yield return "focus";
        }

        if (!_expectation.HoldsAspects(fields))
        {
            yield return "aspect";
        }

        var window = Window(sentences, position);
        if (!_expectation.HoldsAskedHeads(window))
        {
            yield return "head";
        }

        if (!_expectation.HoldsRanking(window))
        {
            yield return "ranking";
        }

        if (!_expectation.HoldsAskedEvidence(window))
        {
            yield return "evidence";
        }

        if (!_expectation.HoldsAttribution(fields))
        {
            yield return "attribution";
        }

        if (!_expectation.HoldsCountScope(sentences[position], context))
        {
            yield return "count scope";
        }

        if (_expectation.IsAboutOtherYear([.. window]))
        {
            yield return "other year";
        }
    }

    // A sentence with its neighbours, as written.
    private static List<string> Window(IReadOnlyList<string> sentences, int position) =>
        sentences.Skip(Math.Max(0, position - 1)).Take(position == 0 ? 2 : 3).ToList();

    // The first check a sentence's window fails (null when it passes them all): the question's focus, the aspect it asks, the
    // thing asked "which" of with an instance, a ranking asked, the type of evidence asked (a frequency, an evaluation), the speaker of a topic, what a count is scoped to, a year other
    // than the one asked.
    private string? WindowCheckFailed(IReadOnlyList<string>[] fields, IReadOnlyList<string> sentences, int position, IReadOnlyList<string> context) =>
        WindowChecksFailed(fields, sentences, position, context).FirstOrDefault();

    private static string Clip(string text) => text.Length <= 160 ? text : text[..160] + "…";

    // The clause or point asked: for each retrieved passage of the article named (its section ends in it) in a document
    // naming all else asked, the lines that are that part, read from the whole article; null when nothing was asked or
    // no passage of the article was retrieved (a document without articles as sections is read as before).
    private Dictionary<int, IReadOnlySet<string>>? PartLines(IReadOnlyList<RetrievedPassage> passages, Dictionary<long, IReadOnlyList<IReadOnlyList<string>>> documentFields)
    {
        if (_part is null)
        {
            return null;
        }

        var result = new Dictionary<int, IReadOnlySet<string>>();
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var passage = passages[rank];
            if (_part.IsOf(passage.Section, _lexicon) && _mentions.AllIn(documentFields[passage.DocumentId]))
            {
                result[rank] = _part.Lines(_articleText(passage.DocumentId, passage.Section!) ?? passage.Text);
            }
        }

        return result.Count == 0 ? null : result;
    }

    // Each document's retrieved passages, title and metadata as folded tokens, and again with short forms written out
    // ("Ủy ban MTTQ" names "Ủy ban Mặt trận"), with years named as a plan left out.
    private Dictionary<long, IReadOnlyList<IReadOnlyList<string>>> DocumentFields(IReadOnlyList<RetrievedPassage> passages) =>
        passages.GroupBy(p => p.DocumentId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<IReadOnlyList<string>>)g.Select(p => WithoutPlannedYears(Tokenizer.Tokenize(p.Section + " ; " + p.Text)))
                .Append(Tokenizer.Tokenize(g.First().Title + " ; " + MetaSource(g.First()))).SelectMany(WithShortFormsWritten).ToList());

    // A field as written, and with its short forms written out when it has any ("25-NQ/TW" stays whole in the first).
    private static IEnumerable<IReadOnlyList<string>> WithShortFormsWritten(List<string> tokens)
    {
        yield return tokens;
        var written = Abbreviations.Expand(tokens, keepAbbreviation: false);
        if (!ReferenceEquals(written, tokens))
        {
            yield return written;
        }
    }

    private static string MetaSource(RetrievedPassage passage) =>
        KnowledgeStore.MetaSource(new DocumentMetadata(passage.Title, passage.Publisher, passage.Published, passage.Province));

    // A year named as a plan or target ("định hướng nhiệm vụ năm 2014", "kế hoạch năm 2024") is not a year the passage
    // reports on: a question about a course in 2014 is not answered by the 2013 course that planned 2014's work.
    private List<string> WithoutPlannedYears(List<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 4 && IndexText.IsNumber(tokens[i]) && _lexicon.PlannedYearWords.Any(p => i >= p.Length && p.StartsAt(tokens, i - p.Length)))
            {
                tokens[i] = string.Empty;
            }
        }

        return tokens;
    }

    // Sentences holding the kind of fact asked come first, those holding it in the form asked before them (the groups a
    // course is for listed, not one person named); "tỉnh nào" has no such check, so a place word does; an enumeration
    // asked ("những chuyên đề nào") prefers the sentence that lists, more when it lists the thing named; a term a longer
    // question opens ("theo ông X thì chữ khéo … nghĩa là sao"), the sentence defining it.
    private double KindBonus(bool holdsFact, string sentence) =>
        (_expectation.IsSpecific ? (holdsFact ? 0.2 + (_expectation.HoldsAsAsked(sentence) ? AsAskedBonus : 0) : 0)
            : _kind == QuestionKind.Place && _lexicon.Patterns.Place.IsMatch(sentence) ? 0.1 : 0)
        + ListBonusOf(_expectation, sentence)
        + (_expectation.DefinesOpenedTerm(sentence) ? OpenedTermBonus : 0);

    /// <summary>How much a sentence that lists outranks others when the question asks an enumeration.</summary>
    public static double ListBonusOf(AnswerExpectation expectation, string sentence) =>
        !expectation.AsksList ? 0 : expectation.EnumeratesNamed(sentence) switch { true => NamedListBonus, false => ListBonus, null => 0 };

    /// <summary>
    /// How much a sentence of the one whose words are asked by their office ("Theo ông trưởng ban …") outranks others: it
    /// says something (a saying verb) and holds the office, or the name of whom the document gives that office.
    /// </summary>
    private const double SpeakerBonus = 0.15;

    /// <summary>How much a sentence that lists outranks others when an enumeration is asked.</summary>
    private const double ListBonus = 0.15;

    /// <summary>
    /// How much a sentence listing the thing the question names ("những vấn đề gì": "các chuyên đề: …") outranks others:
    /// more than any enumeration of a question naming nothing listed, as much as the setting of a course the question names.
    /// </summary>
    private const double NamedListBonus = 0.3;

    // The sentence defining a term a longer question opens ("theo ông X thì chữ khéo … nghĩa là sao").
    private const double OpenedTermBonus = 0.3;

    /// <summary>How much a sentence holding the asked fact in the form asked outranks one holding it otherwise.</summary>
    public const double AsAskedBonus = 0.15;
}
