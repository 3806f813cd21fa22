using DanVan.Core.Answering;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.TestDoubles;

/// <summary>Stands in for the extractive composer: answers with the first passage, and counts its calls.</summary>
internal sealed class FakeAnswerComposer : IAnswerComposer
{
    public const string Marker = "EXTRACTIVE:";

    public int Calls { get; private set; }

    public Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        Calls++;
        var text = passages.Count == 0 ? AnswerTexts.NotFound : Marker + passages[0].Text;
        return Task.FromResult(new Answer(question, text, passages.Count > 0, []));
    }
}
