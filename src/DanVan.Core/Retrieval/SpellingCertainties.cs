using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads the written forms of the index's syllables (<c>syllable_forms</c>, kept at ingestion) into
/// <see cref="Vocabulary.SpellingCertainty"/>: for each folded syllable, the sum of its forms' squared shares of the
/// passages using it (plus <see cref="UnseenUse"/>); only those below 1 are kept. For a syllable that may be a stop word
/// typed without diacritics, also the share of its uses written as one (<see cref="Vocabulary.FunctionShare"/>).
/// </summary>
internal static class SpellingCertainties
{
    /// <summary>
    /// One use of a form the index never writes is counted beside the ones it does: a syllable the index holds twice,
    /// as "viết", may well be typed meaning "Việt"; one it holds in hundreds of passages one way is that word. Calibrated
    /// on the dev sets (0, 1, 2, 4: 1 declined the most chatter without a false refusal more).
    /// </summary>
    private const double UnseenUse = 1;

    /// <param name="connection">The index.</param>
    /// <param name="functionShares">Filled with <see cref="Vocabulary.FunctionShare"/> of the syllables that may be a stop word.</param>
    /// <param name="spellings">Filled with every written form the index holds (<see cref="VietnameseText.SpellingKey"/>).</param>
    public static Dictionary<string, double> Read(SqliteConnection connection, Dictionary<string, double>? functionShares = null, HashSet<string>? spellings = null)
    {
        var certainty = new Dictionary<string, double>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT folded, passages, form FROM syllable_forms WHERE passages > 0 ORDER BY folded";
        using var reader = command.ExecuteReader();
        string? folded = null;
        var counts = new List<long>();
        long functionUses = 0;
        while (true)
        {
            var more = reader.Read();
            if (folded is not null && (!more || reader.GetString(0) != folded))
            {
                if (Of(counts, UnseenUse) is var c and < 1)
                {
                    certainty[folded] = c;
                }

                if (functionShares is not null && (StopWords.MayBeStopWord(folded) || StopWords.IsStopWord(folded, folded)))
                {
                    // The unseen use is the stop word: a question is where function words are typed.
                    functionShares[folded] = (functionUses + UnseenUse) / (counts.Sum() + UnseenUse);
                }

                counts.Clear();
                functionUses = 0;
            }

            if (!more)
            {
                return certainty;
            }

            folded = reader.GetString(0);
            counts.Add(reader.GetInt64(1));
            spellings?.Add(reader.GetString(2));
            if (WordLists.Current.IsStopSpelling(reader.GetString(2)))
            {
                functionUses += reader.GetInt64(1);
            }
        }
    }

    /// <summary>The chance that two uses drawn from these counts are the same form.</summary>
    public static double Of(IReadOnlyCollection<long> counts, double unseen)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum() + unseen;
        return total <= 0 ? 1 : counts.Sum(c => (c / total) * (c / total));
    }
}
