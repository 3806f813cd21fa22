using Microsoft.Extensions.AI;

namespace DanVan.Core.Tests.TestDoubles;

/// <summary>An embedding generator computing vectors with a callback; records each batch and can fail chosen calls.</summary>
internal sealed class TestEmbeddingGenerator(Func<string, float[]> embed) : IEmbeddingGenerator<string, Embedding<float>>
{
    public List<IReadOnlyList<string>> Batches { get; } = [];

    /// <summary>1-based call numbers that throw (once each).</summary>
    public HashSet<int> FailingCalls { get; } = [];

    public int CallCount { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        CallCount++;
        if (FailingCalls.Remove(CallCount))
        {
            throw new HttpRequestException($"Simulated failure on call {CallCount}.");
        }

        var batch = values.ToList();
        Batches.Add(batch);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(batch.Select(v => new Embedding<float>(embed(v)))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
