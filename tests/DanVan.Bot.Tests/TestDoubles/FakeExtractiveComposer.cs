using DanVan.Core.Answering;
using DanVan.Core.Retrieval;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>Stands in for the lead's extractive composer (the LLM composer's fallback): quotes the first passage.</summary>
public sealed class FakeExtractiveComposer : IAnswerComposer
{
    public const string Prefix = "Trích nguyên văn: ";

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(passages.Count == 0
            ? new Answer(question, AnswerTexts.NotInMaterials, false, [])
            : new Answer(question, Prefix + passages[0].Text + " [1]", true, []));
    }
}
