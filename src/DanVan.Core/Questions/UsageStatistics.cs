using DanVan.Core.Storage;

namespace DanVan.Core.Questions;

/// <summary>Usage over the last days: questions per day, outcome shares, most cited documents, votes.</summary>
public sealed class UsageStatistics(SqliteConnectionFactory factory, TimeProvider timeProvider)
{
    /// <summary>The last <paramref name="days"/> local days in <paramref name="zone"/>, today included.</summary>
    public async Task<UsageReport> GetAsync(int days, TimeZoneInfo zone, int topDocuments = 5, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime);
        var from = today.AddDays(1 - days);
        var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        var since = QuestionLog.Instant(start);

        var perDay = new SortedDictionary<DateOnly, int>();
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            perDay[day] = 0;
        }

        int answered = 0, related = 0, declined = 0;
        using var connection = await factory.OpenAsync(cancellationToken);
        using (var select = QuestionLog.Command(connection, null, "SELECT asked_at, outcome FROM questions WHERE asked_at >= $since;"))
        {
            select.Parameters.AddWithValue("$since", since);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(QuestionLog.ReadInstant(reader.GetString(0)), zone).DateTime);
                if (perDay.TryGetValue(day, out var count))
                {
                    perDay[day] = count + 1;
                }

                switch (QuestionLog.ParseOutcome(reader.GetString(1)))
                {
                    case Answering.AnswerOutcome.Answered: answered++; break;
                    case Answering.AnswerOutcome.Related: related++; break;
                    default: declined++; break;
                }
            }
        }

        var documents = new List<CitedDocument>();
        using (var select = QuestionLog.Command(connection, null, """
            SELECT s.document_id, max(s.document_title), count(DISTINCT s.question_id) AS n
            FROM question_sources s JOIN questions q ON q.id = s.question_id
            WHERE q.asked_at >= $since
            GROUP BY s.document_id ORDER BY n DESC, s.document_id LIMIT $top;
            """))
        {
            select.Parameters.AddWithValue("$since", since);
            select.Parameters.AddWithValue("$top", topDocuments);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                documents.Add(new CitedDocument(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        using var votes = QuestionLog.Command(connection, null, """
            SELECT coalesce(sum(v.vote = 1), 0), coalesce(sum(v.vote = -1), 0)
            FROM question_votes v JOIN questions q ON q.id = v.question_id WHERE q.asked_at >= $since;
            """);
        votes.Parameters.AddWithValue("$since", since);
        using var totals = votes.ExecuteReader();
        totals.Read();
        return new UsageReport(from, today, perDay.Select(p => new DailyQuestions(p.Key, p.Value)).ToList(),
            answered, related, declined, documents, totals.GetInt32(0), totals.GetInt32(1));
    }
}
