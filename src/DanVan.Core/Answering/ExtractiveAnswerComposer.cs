using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// The offline answer: sentences of the top passages quoted verbatim, each followed by its source number. Nothing is
/// generated, so nothing can be invented. Three outcomes: answered (the sentence holding the asked fact first), related
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
        var (collection, expectation, scorer) = Collect(question, passages);
        if (collection.NotMentioned.Count > 0)
        {
            return AnswerFactory.NotMentioned(question, collection.NotMentioned) with { Support = 0 };
        }

        if (collection.Best is not { Coverage: > 0 })
        {
            return AnswerFactory.NotFound(question) with { Support = collection.Support };
        }

        var cut = CutFor(scorer, expectation);
        if (collection.Support < _options.MinSupport)
        {
            var (related, relatedSources) = QuoteWriter.Write(QuoteSelector.Related(collection), passages, cut);
            return AnswerFactory.Related(question, related, relatedSources, Mode) with { Support = collection.Support };
        }

        var quoted = QuoteSelector.Answer(collection, expectation, c => passages[c.PassageRank].DocumentId);
        var (body, sources) = QuoteWriter.Write(quoted, passages, cut);
        return AnswerFactory.Grounded(question, body, sources, Mode) with { Support = collection.Support };
    }

    // Question understanding (search terms, the kind of fact asked, what it names), then every sentence scored.
    private (SentenceCollection Collection, AnswerExpectation Expectation, CoverageScorer Scorer) Collect(string question, IReadOnlyList<RetrievedPassage> passages)
    {
        var vocabulary = _vocabulary.Get();
        var query = QueryBuilder.Build(question, vocabulary, _lexicon);
        var scorer = new CoverageScorer(query, vocabulary);
        scorer.TreatAsAbsent(MisspeltSyllables.Find(question, query, passages));
        scorer.DiscountAmbiguous(AmbiguousSyllables.Of(question, query, vocabulary), query);
        // A sentence saying a phrase of the question in other words ("Trưởng ban" for "người đứng đầu") covers its syllables
        // too: a window of three sentences rarely repeats them by chance the way a whole passage does.
        scorer.CountSyllablesReadThroughPairs(query);
        var expectation = AnswerExpectation.For(question, query.Kind, _lexicon);
        var mentions = NamedMentions.Of(question, query, _lexicon, passages.Select(p => p.Text).ToList(), vocabulary);
        var part = ArticlePart.Of(question, _lexicon);
        var collection = new SentenceCollector(scorer, expectation, mentions, _lexicon, query.Kind, part, (document, section) => _store?.SectionText(document, section))
            .Collect(passages);
        return (collection, expectation, scorer);
    }

    // Long sentences are cut to the clauses holding the asked fact and most of the question.
    private static Func<string, string> CutFor(CoverageScorer scorer, AnswerExpectation expectation)
    {
        var holds = Quote.By(tokens => scorer.Score(tokens), clause => expectation.KindsMetBy(clause) != 0);
        return sentence => Quote.Cut(sentence, holds);
    }
}
