namespace DanVan.Core.Questions;

/// <summary>How the bot was used over a span of local days.</summary>
/// <param name="From">First local day counted.</param>
/// <param name="To">Last local day counted (today).</param>
/// <param name="Days">Questions per local day, every day of the span (zero included).</param>
/// <param name="Answered">Questions answered with a quoted fact.</param>
/// <param name="Related">Questions given related material only.</param>
/// <param name="Declined">Questions with nothing relevant in the materials.</param>
/// <param name="TopDocuments">Documents cited in the most questions.</param>
/// <param name="VotesUp">👍 on answers to these questions.</param>
/// <param name="VotesDown">👎 on answers to these questions.</param>
public sealed record UsageReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DailyQuestions> Days,
    int Answered,
    int Related,
    int Declined,
    IReadOnlyList<CitedDocument> TopDocuments,
    int VotesUp,
    int VotesDown)
{
    /// <summary>All questions in the span.</summary>
    public int Total => Answered + Related + Declined;

    /// <summary>Share of <paramref name="count"/> in <see cref="Total"/>, 0 when nothing was asked.</summary>
    public double Share(int count) => Total == 0 ? 0 : (double)count / Total;
}
