namespace DanVan.Core.Tests.Retrieval;

/// <summary>Tiny, predictable "embeddings": one dimension per topic word, counting its occurrences.</summary>
internal static class TopicVectors
{
    private static readonly string[] Topics = ["hòa giải", "thanh niên", "phụ nữ", "nông dân"];

    public static float[] Embed(string text)
    {
        var lower = text.ToLowerInvariant();
        var vector = new float[Topics.Length];
        for (var i = 0; i < Topics.Length; i++)
        {
            vector[i] = CountOf(lower, Topics[i]) + 0.01f;
        }

        return vector;
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
