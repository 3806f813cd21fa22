using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Text;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// The offline answer: sentences of the top passages quoted verbatim, each followed by its source number. Nothing is
/// generated, so nothing can be invented. Three outcomes: answered (the sentence holding the asked fact, cut to the
/// clauses that answer, then context set apart under <see cref="AnswerTexts.ContextHeader"/>), related
/// material only (said so, then the closest passages), or nothing (a plain refusal, naming what the materials never
/// mention when the question names it — a document, a place, a clause of an article the article does not have).
/// </summary>
public sealed class ExtractiveAnswerComposer : IAnswerComposer
{
    private const string Mode = "extractive";
    private readonly VocabularyCache _vocabulary;
    private readonly RetrievalOptions _options;
    private readonly QuestionLexicon _lexicon;
    private readonly KnowledgeStore? _store;

    public ExtractiveAnswerComposer(VocabularyCache vocabulary, IOptions<RetrievalOptions> options, QuestionLexicon? lexicon = null, KnowledgeStore? store = null)
    {
        _store = store;
        _vocabulary = vocabulary;
        _options = options.Value;
        _lexicon = lexicon ?? QuestionLexicon.Default;
    }

    public Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return Task.FromResult(passages.Count == 0 ? AnswerFactory.NotFound(question) : Compose(question, passages));
    }

    private Answer Compose(string question, IReadOnlyList<RetrievedPassage> passages)
    {
        var parts = PartCoverage(question);
        if (parts.Count > 1)
        {
            passages = WithWholeDocument(passages);
        }

        var reading = Collect(question, passages);

        // When or where a course took place is stated where its report opens ("Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức
        // hội nghị tập huấn …"), a passage that shares few of the question's other words ("khai mạc", "mở lớp"): a date or
        // place asked and not supported by the passages retrieved is read again against the whole of the best document.
        // So is who holds an office or a role asked by a word the materials do not write ("người đứng đầu" of the
        // "Trưởng Ban" named where the report opens).
        if (parts.Count <= 1 && (reading.Expectation.AsksWhenOrWhere || reading.Expectation.AsksHolder) && reading.Collection.Support < _options.MinSupport && reading.Collection.NotMentioned.Count == 0
            && WithWholeDocument(passages) is var whole && whole.Count > passages.Count)
        {
            DecisionTrace.Add("a date, a place or a holder asked: read again against the whole of the best document");
            (passages, reading) = (whole, Collect(question, whole));
        }

        var (collection, expectation, topic) = (reading.Collection, reading.Expectation, reading.Topic);
        if (DecisionTrace.Signals is { } signals)
        {
            (signals.NotMentioned, signals.Support, signals.MinSupport) = (collection.NotMentioned, collection.Support, _options.MinSupport);
            if (collection.Supporting is not null)
            {
                (signals.TopicShare, signals.TopicMin) = topic.Measure(RetrievedDocument(collection.Supporting, passages));
            }
        }

        if (collection.NotMentioned.Count > 0)
        {
            DecisionTrace.Add($"not mentioned: {string.Join(", ", collection.NotMentioned)}");
            return AnswerFactory.NotMentioned(question, collection.NotMentioned) with { Support = 0 };
        }

        if (collection.Best is not { Coverage: > 0 })
        {
            return AnswerFactory.NotFound(question) with { Support = collection.Support };
        }

        var holds = Quote.By(tokens => reading.Scorer.Score(tokens), clause => expectation.KindsMetBy(clause) != 0);
        var writer = new QuoteWriter(passages);
        long DocumentOf(SentenceCandidate c) => passages[c.PassageRank].DocumentId;
        // (What grounds the question — the year and province it names — is read with the document's title: the answer's
        // document names them, so the sentence for an ask need not repeat them.)
        string TitleOf(SentenceCandidate c) => passages[c.PassageRank].Title + " ; " + reading.Grounding;
        bool AboutAsked(SentenceCandidate c) => expectation.HoldsArticle(passages[c.PassageRank].Section + "\n" + passages[c.PassageRank].Text);
        if (!Supported() || OffTopic())
        {
            return Related(null);
        }

        // A time the question asks of that the quoted sentences of an earlier document do not state (today, a later year,
        // a year compared): related material, with the materials' date.
        if (TimeGap() is { } note)
        {
            return Related(note);
        }

        Answer Related(string? note)
        {
            var related = writer.Write(QuoteSelector.Related(collection), sentence => Quote.Cut(sentence, holds));
            return AnswerFactory.Related(question, related, writer.Sources, Mode, note) with { Support = collection.Support };
        }

        string? TimeGap()
        {
            var scope = TimeScope.Of(question, _lexicon);
            if (scope.IsOpen)
            {
                return null;
            }

            var (answering, context) = QuoteSelector.Answer(collection, expectation, DocumentOf);
            var published = passages[collection.Supporting!.PassageRank].Published;
            var (gap, reason, missing) = scope.Unstated([.. answering.Select(s => s.Text)], [.. context.Select(s => s.Text)], published);
            if (gap == TimeScope.Gap.None)
            {
                return null;
            }

            DecisionTrace.Add("time: " + reason);
            return AnswerTexts.TimeScopeNote(gap, published, missing);
        }

        // Support at MinSupport; or, a near miss, within NearSupportMargin below it in the top passage's document when a
        // window of that document covers the question as well as an answer must but holds no asked fact: the document is
        // what the question is about, and its sentence holding the fact repeats less of the question ("kéo dài mấy ngày" ← "Trong 3 ngày (20 –
        // 22/10), các học viên …" beside the sentence naming the course).
        bool Supported()
        {
            if (collection.Support >= _options.MinSupport)
            {
                return true;
            }

            if (collection.Support < _options.MinSupport - NearSupportMargin || passages[collection.Supporting!.PassageRank].DocumentId != passages[0].DocumentId
                || collection.KindlessWindow() is var kindless && kindless < _options.MinSupport)
            {
                return false;
            }

            DecisionTrace.Add($"near support {collection.Support:0.000}: the supporting document covers the question {kindless:0.000} in a window holding no asked fact");
            return true;
        }

        // A question naming nothing that grounds it (a place, a year, a name) whose word pairs the supporting document mostly
        // lacks is about something else: the document shares a word or two of it, not its topic ("hội nghị khách hàng").
        // One naming a province or year of the materials is grounded by it, but what it asks about must still be there: a
        // document holding none of its own words answers only the province ("Đắk Nông có thác nào đẹp để đi chơi?").
        bool OffTopic()
        {
            if (collection.Supporting is not { } supporting)
            {
                return false;
            }

            var (share, min) = topic.Measure(RetrievedDocument(supporting, passages));
            if (share >= min)
            {
                return false;
            }

            DecisionTrace.Add(topic.Grounded || topic.ReadOnWords
                ? $"topic: the supporting document holds {share:0.00} of the question's {topic.Words} own words{(topic.Grounded ? " beyond what grounds it" : "")} (min {min:0.00})"
                : $"topic: the supporting document holds {share:0.00} of the question's {topic.Pairs} word pairs (min {min:0.00})");
            return true;
        }

        // The sentences holding the asked facts, cut to the clauses that answer, while they fit; then, set apart, what
        // was cut of them and the context. A question asking several things is answered ask by ask, in its order.
        // (A reason asked beside another ask keeps the premises of its consequence, each other ask its sentence.)
        if (parts.Count > 1 && !expectation.AsksReason)
        {
            var (quoted, rest, unstated, partsOf) = QuoteSelector.ByPart(collection, expectation, parts, DocumentOf, TitleOf, AboutAsked);
            if (quoted.Count > 0)
            {
                return Grounded(quoted, rest, unstated, collection.Support, PartHolds(quoted, partsOf));
            }
        }

        var (answering, context) = QuoteSelector.Answer(collection, expectation, DocumentOf);
        if (parts.Count > 1)
        {
            (answering, context) = QuoteSelector.EachPart(answering, context, collection, parts, DocumentOf, TitleOf);
        }

        return Grounded(answering, context, [], collection.Support, null);

        // A sentence quoted for an ask is cut to the clauses covering that ask's words (the kind of fact held read as for the
        // whole question); one quoted for several asks to those covering the words of any of them.
        Dictionary<SentenceCandidate, Func<string, Quote.ClauseScore>> PartHolds(List<SentenceCandidate> quoted, List<List<int>> partsOf) =>
            quoted.Select((sentence, i) => (sentence, asks: partsOf[i].Select(p => parts[p]).ToList()))
                .ToDictionary(x => x.sentence, x => x.asks.Count > 1 ? holds : Quote.By(
                    x.asks[0].Score, clause => (expectation.KindsMetBy(clause) | x.asks[0].Expectation.KindsMetBy(clause)) != 0));

        // The answer part, then what the materials do not state of the asks left unanswered, then the context.
        Answer Grounded(List<SentenceCandidate> answering, List<SentenceCandidate> context, List<int> unstated, double support,
            Dictionary<SentenceCandidate, Func<string, Quote.ClauseScore>>? partHolds)
        {
            Func<SentenceCandidate, Func<string, Quote.ClauseScore>> holdsOf = s => partHolds?.GetValueOrDefault(s) ?? holds;
            Func<string, int>? listStart = expectation.AsksEnumeration || !expectation.IsSpecific ? expectation.EnumerationStart : null;
            var (answer, more) = partHolds is null ? Split(answering, context, holdsOf, expectation.CutKeepsFact, listStart)
                : InQuestionOrder(answering, context, holdsOf, expectation.CutKeepsFact, listStart);
            answer = WithArticleHeadings(answer, expectation, passages);
            var body = writer.Write(answer);
            if (unstated.Count > 0)
            {
                DecisionTrace.Add($"unstated asks: {string.Join(" | ", unstated.Select(i => parts[i].Text))}");
                body += "\n" + AnswerTexts.NotStated(unstated.Select(i => parts[i].Text));
            }

            var after = writer.Write(more);
            return AnswerFactory.Grounded(question, body, writer.Sources, Mode, after) with { Support = support };
        }
    }

    /// <summary>Passages of a document read whole at most: a short article, not a long regulation.</summary>
    private const int MaxWholeDocumentPassages = 12;

    /// <summary>
    /// A question asking several things is read against the whole of its best retrieved document when that is short: the
    /// search ranks passages by the whole question, and the sentence answering one ask ("lớp dành cho những ai") often sits
    /// in a passage that shares few of the other asks' words. The passages added come after those retrieved, at the
    /// lowest score the document's retrieved passages have (passages not of the stored document by that title are left as they are).
    /// </summary>
    private IReadOnlyList<RetrievedPassage> WithWholeDocument(IReadOnlyList<RetrievedPassage> passages)
    {
        if (_store is null || passages.Count == 0)
        {
            return passages;
        }

        var top = passages[0];
        if (!string.Equals(_store.FindTitle(top.DocumentId), top.Title, StringComparison.Ordinal))
        {
            return passages;
        }

        var retrieved = passages.Where(p => p.DocumentId == top.DocumentId).ToList();
        var score = retrieved.Min(p => p.Score);
        var added = _store.DocumentPassages(top.DocumentId, MaxWholeDocumentPassages)
            .Where(p => retrieved.All(r => r.PassageId != p.Id))
            .Select(p => top with { PassageId = p.Id, Ordinal = p.Ordinal, Section = p.Section, Text = p.Text, Score = score })
            .ToList();
        return added.Count == 0 ? passages : [.. passages, .. added];
    }

    // The answer part: the first sentence and those for the other kinds of fact asked or other asks, each cut to the
    // clauses that answer within about Quote.MaxAnswerChars together: when they do not all fit whole, each gets a fair
    // share of the room (a short one keeps all of it, the rest share what it leaves), so the fact of a later ask is not
    // pushed out by a long first sentence; the first keeps more when its share would cut the fact away. The rest of each
    // cut sentence and the sentences that do not fit come first in the context, then the context sentences (each cut
    // when very long).
    private static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) Split(
        List<SentenceCandidate> answering, List<SentenceCandidate> context, Func<SentenceCandidate, Func<string, Quote.ClauseScore>> holdsOf, Func<string, string, bool> keepsFact, Func<string, int>? listStart)
    {
        // A sentence enumerating keeps its enumeration whole when it fits (its lead-in cut from the front) when the question asks
        // things listed or no particular kind of fact (so no clause holds it: "… học những gì", "… được nghiên cứu").
        Quote.AnswerCut ToAnswer(SentenceCandidate sentence, int limit) =>
            (listStart?.Invoke(sentence.Text) is > 0 and var start ? Quote.KeepingList(sentence.Text, start, limit) : null) ?? Quote.ToAnswer(sentence.Text, holdsOf(sentence), limit);

        var (answer, rests, later) = (new List<SentenceCandidate>(), new List<SentenceCandidate>(), new List<SentenceCandidate>());
        var shares = Quote.FairShares(answering.Select(s => ToAnswer(s, Quote.MaxAnswerChars).Answer.Length).ToList(), Quote.MaxAnswerChars - (SourceMarkChars * (answering.Count - 1)));
        for (var i = 0; i < answering.Count; i++)
        {
            var sentence = answering[i];
            var holds = holdsOf(sentence);
            var room = Quote.MaxAnswerChars - answer.Sum(a => a.Text.Length + SourceMarkChars);
            var cut = ToAnswer(sentence, Math.Min(shares[i], Math.Max(room, MinRoomChars)));
            // A share that cuts away what the sentence holds of the asked fact (a kind, the name of a person asked) is no share: the first keeps its own cut, a later one
            // tries all the room left (an earlier sentence may have taken less than its share); a later one cut and still
            // missing the asked fact, or not fitting, goes to the context.
            bool Answers(Quote.AnswerCut c) => keepsFact(sentence.Text, c.Answer) && holds(c.Answer).HoldsFact;
            if (answer.Count == 0 && !Answers(cut))
            {
                cut = ToAnswer(sentence, Quote.MaxAnswerChars);
            }
            else if (answer.Count > 0 && !Answers(cut) && room >= MinRoomChars && shares[i] < room)
            {
                cut = ToAnswer(sentence, room);
            }

            var whole = string.Equals(cut.Answer, sentence.Text, StringComparison.Ordinal);
            if (answer.Count > 0 && (cut.Answer.Length > room || (!whole && (room < MinRoomChars || !holds(cut.Answer).HoldsFact))))
            {
                later.Add(sentence with { Text = Quote.Cut(sentence.Text, holds) });
                continue;
            }

            answer.Add(sentence with { Text = cut.Answer });
            if (cut.Rest is not null)
            {
                rests.Add(sentence with { Text = cut.Rest });
            }
        }

        return (answer, [.. rests, .. later, .. context.Select(c => c with { Text = Quote.Cut(c.Text, holdsOf(c)) })]);
    }

    // The sentences answering the asks of a question asking several things, fitted to the answer part in the order that
    // keeps the most of them there (the first fitted keeps the room its fact needs, so a long first one can push a later
    // one out), then quoted in the question's order.
    private static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) InQuestionOrder(
        List<SentenceCandidate> answering, List<SentenceCandidate> context, Func<SentenceCandidate, Func<string, Quote.ClauseScore>> holdsOf, Func<string, string, bool> keepsFact, Func<string, int>? listStart)
    {
        static IEnumerable<List<T>> Orders<T>(List<T> items) => items.Count <= 1 ? [items]
            : items.SelectMany((item, i) => Orders(items.Where((_, j) => j != i).ToList()).Select(rest => (List<T>)[item, .. rest]));

        var best = Split(answering, context, holdsOf, keepsFact, listStart);
        foreach (var order in answering.Count > 3 ? [] : Orders(answering).Skip(1))
        {
            var tried = Split(order, context, holdsOf, keepsFact, listStart);
            if (tried.Answer.Count > best.Answer.Count)
            {
                best = tried;
            }
        }

        var position = answering.Select((s, i) => (s, i)).ToDictionary(x => (x.s.PassageRank, x.s.Position), x => x.i);
        return ([.. best.Answer.OrderBy(s => position[(s.PassageRank, s.Position)])], best.Context);
    }

    /// <summary>What separates an article's heading from the sentence of it quoted.</summary>
    private const string HeadingSeparator = " — ";

    // "… nằm ở Điều mấy?": a regulation's sentence rarely repeats its article's number, its section heading does; the
    // answer quotes the heading before the first sentence of each article quoted ("Điều 5. Trách nhiệm … — 4. Cán bộ …").
    private List<SentenceCandidate> WithArticleHeadings(List<SentenceCandidate> answer, AnswerExpectation expectation, IReadOnlyList<RetrievedPassage> passages)
    {
        if (!expectation.AsksArticleNumber)
        {
            return answer;
        }

        var headed = new HashSet<string>(StringComparer.Ordinal);
        return answer.Select(sentence =>
        {
            var heading = passages[sentence.PassageRank].Section?.Split(" › ")[^1].Trim();
            return heading is null || expectation.ArticleStatedBy(heading) == 0 || _lexicon.Patterns.Article.IsMatch(sentence.Text) || !headed.Add(heading)
                ? sentence
                : sentence with { Text = heading + HeadingSeparator + sentence.Text };
        }).ToList();
    }

    /// <summary>
    /// How far below MinSupport a supporting sentence may fall when its document covers the question to MinSupport in a
    /// window holding no asked fact. Set from <c>tests/DevSet/probes/calibrate.py</c> over every readable dev set, the trap
    /// probe, the readable chatter files and the synonym probe: of the declined questions with such a window, the
    /// unanswerable ones had support at most 0.198, the answerable ones at least 0.233; 0.04 (0.22 at MinSupport 0.26)
    /// lies between them.
    /// </summary>
    internal const double NearSupportMargin = 0.04;

    /// <summary>Characters each quoted sentence's source mark and line break take (" [1]" and a new line).</summary>
    private const int SourceMarkChars = 5;

    // What the supporting sentence's document says as retrieved: its passages with their titles and sections, as folded tokens.
    private static List<IReadOnlyList<string>> RetrievedDocument(SentenceCandidate supporting, IReadOnlyList<RetrievedPassage> passages)
    {
        var document = passages[supporting.PassageRank].DocumentId;
        return passages.Where(p => p.DocumentId == document).Select(p => (IReadOnlyList<string>)IndexText.Tokens(p.Title + " ; " + p.Section + " ; " + p.Text)).ToList();
    }

    /// <summary>Characters the answer part must have left for a later sentence to be cut to fit it.</summary>
    private const int MinRoomChars = 60;

    // For each ask of a question asking several things, what it expects, whether a sentence holds the kind of fact it asks
    // and how much of its words the sentence covers (read with its document's title for an ask of a specific kind), more
    // when it holds the fact in the form asked or lists what an ask of a list asks (0 when it does not hold the kind).
    private List<AskedPart> PartCoverage(string question)
    {
        var vocabulary = _vocabulary.Get();
        var asks = AskedParts.Of(question, _lexicon);
        var years = asks.Count > 1 ? QueryBuilder.Build(question, vocabulary, _lexicon).Years : [];
        var head = asks.Count > 1 ? AskedParts.Head(asks[0], _lexicon) : string.Empty;
        return asks.Select((part, i) =>
        {
            var query = QueryBuilder.Build(part, vocabulary, _lexicon);
            var scorer = new CoverageScorer(query, vocabulary);
            scorer.CountSyllablesReadThroughPairs(query);
            // A later ask is about what the first names before it asks — the office, article, act —, and every ask about
            // the year the question names ("Trưởng ban … tỉnh ủy X là ai, kiêm chức gì": the second asks of that office;
            // "Năm 2017 … mở bao nhiêu lớp, cho bao nhiêu cán bộ": of 2017), so what it expects keeps them.
            var about = i == 0 || head.Length == 0 ? part : head + " " + part;
            var missing = years.Except(QueryBuilder.Build(about, vocabulary, _lexicon).Years).ToList();
            var expectation = Expect(missing.Count == 0 ? about : about + " " + string.Join(' ', missing), query, vocabulary);
            return new AskedPart(part, expectation, query.Kind,
                expectation.IsSpecific ? expectation.IsMetBy : null,
                (sentence, title) => !expectation.IsMetBy(sentence) ? 0
                    : (title is null ? scorer.Score(IndexText.Tokens(sentence)) : scorer.Score(IndexText.Tokens(sentence), IndexText.Tokens(title)))
                      + (expectation.IsSpecific && expectation.HoldsAsAsked(sentence) ? SentenceCollector.AsAskedBonus : 0)
                      + SentenceCollector.ListBonusOf(expectation, sentence),
                tokens => scorer.Score(tokens));
        }).ToList();
    }

    // What a question (or one of its asks) expects, with the words the materials never write read loosely.
    private AnswerExpectation Expect(string question, SearchQuery query, Vocabulary vocabulary) =>
        AnswerExpectation.For(question, query.Kind, _lexicon)
            .WithUnwrittenTimeFocusLoose(words => Vocabulary.Writes(vocabulary, words), pinned: query.Provinces.Count > 0 || query.Years.Count > 0)
            .WithUnwrittenPeopleWords(words => Vocabulary.Writes(vocabulary, words));

    // The question's words that judge (the lexicon's evaluatives), as typed or, typed without diacritics, as folded.
    private IReadOnlySet<string> EvaluativeWords(string question)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        return _lexicon.EvaluativeWords(tokens, asWritten: !AmbiguousSyllables.TypedWithoutDiacritics(tokens));
    }

    /// <summary>What a question was read as against the retrieved passages.</summary>
    private sealed record QuestionReading(SentenceCollection Collection, AnswerExpectation Expectation, CoverageScorer Scorer, TopicCoverage Topic, string Grounding);

    // Question understanding (search terms, the kind of fact asked, what it names), then every sentence scored.
    // The topic is read on the word pairs of a question that names nothing the materials must write (a place, a year, a
    // document, a name) nor a name they write, on its own words beyond what grounds it otherwise.
    private QuestionReading Collect(string question, IReadOnlyList<RetrievedPassage> passages)
    {
        var vocabulary = _vocabulary.Get();
        var query = QueryBuilder.Build(question, vocabulary, _lexicon);
        var scorer = new CoverageScorer(query, vocabulary);
        scorer.TreatAsAbsent(MisspeltSyllables.Find(question, query, passages));
        var ambiguous = AmbiguousSyllables.Of(question, query, vocabulary);
        scorer.DiscountAmbiguous(ambiguous, query);
        // A sentence saying a phrase of the question in other words ("Trưởng ban" for "người đứng đầu") covers its syllables
        // too: a window of three sentences rarely repeats them by chance the way a whole passage does.
        scorer.CountSyllablesReadThroughPairs(query);
        var expectation = Expect(question, query, vocabulary);
        if (DecisionTrace.Signals is { } signals)
        {
            signals.Reading = expectation.ToString();
            DecisionTrace.Add($"read as \"{question}\": {expectation}; min support {_options.MinSupport:0.00}");
        }

        // One or two ordinary words the materials never write (a paraphrase's own word) do not sink the question; what
        // the asked fact hangs on and what the question names stay strict.
        scorer.SetAsideUnwritten(query, vocabulary, expectation.AskedWords);
        var mentions = NamedMentions.Of(question, query, _lexicon, passages.Select(p => p.Title + "\n" + p.Text).ToList(), vocabulary);
        if (DecisionTrace.IsOn)
        {
            DecisionTrace.Add($"names [{mentions}]");
        }

        expectation = expectation.WithCountedIn(mentions.Localities);
        var part = ArticlePart.Of(question, _lexicon);
        var collection = new SentenceCollector(scorer, expectation, mentions, _lexicon, query.Kind, part, (document, section) => _store?.SectionText(document, section))
            .Collect(passages);
        var grounded = query.Years.Count > 0 || query.Provinces.Count > 0 || !mentions.IsEmpty || NamedMentions.NamesWrittenName(question, vocabulary);
        var topic = new TopicCoverage(query, vocabulary, expectation.AskedWords, grounded, _lexicon.IsOfficialPair,
            EvaluativeWords(question), ambiguous);
        if (DecisionTrace.IsOn)
        {
            DecisionTrace.Add($"topic read on {topic}");
        }

        return new QuestionReading(collection, expectation, scorer, topic, string.Join(' ', query.Years.Concat(query.Provinces)));
    }
}
