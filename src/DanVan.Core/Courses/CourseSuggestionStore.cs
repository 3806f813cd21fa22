using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using DanVan.Core.Text;

namespace DanVan.Core.Courses;

/// <summary>
/// Course suggestions extracted from documents. A suggestion is keyed like a course (start day + folded title), so
/// re-ingesting a document neither repeats a suggestion nor revives one an admin dismissed.
/// </summary>
public sealed class CourseSuggestionStore(SqliteConnectionFactory factory, CourseStore courses, TimeProvider timeProvider)
{
    private const string Columns = """
        id, document_id, document_title, title, start_date, end_date, date_precision, location, audience, organiser,
        evidence, status, course_id, created_at, decided_at, decided_by
        """;

    private const int MaxEvidenceLength = 600;

    /// <summary>
    /// Stores a dated candidate as a pending suggestion. Returns null when it was suggested before or the calendar
    /// already holds that course.
    /// </summary>
    public async Task<CourseSuggestion?> AddAsync(long? documentId, string? documentTitle, CourseCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.StartDate is not { } start)
        {
            throw new ArgumentException("Only candidates with a known date can be suggested.", nameof(candidate));
        }

        var key = CourseKey.For(start, candidate.Title);
        using var connection = await factory.OpenAsync(cancellationToken);
        using var insert = Sql.Command(connection, """
            INSERT INTO course_suggestions
                (document_id, document_title, title, start_date, end_date, date_precision, location, audience, organiser,
                 evidence, dedupe_key, created_at)
            SELECT $doc, $docTitle, $title, $start, $end, $precision, $location, $audience, $organiser, $evidence, $key, $now
            WHERE NOT EXISTS (SELECT 1 FROM courses WHERE dedupe_key = $key)
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id;
            """)
            .With("$doc", documentId).With("$docTitle", Sql.Clean(documentTitle)).With("$title", candidate.Title)
            .With("$start", start).With("$end", candidate.EndDate).With("$precision", candidate.MonthOnly ? "month" : "day")
            .With("$location", Sql.Clean(candidate.Location)).With("$audience", Sql.Clean(candidate.Audience))
            .With("$organiser", Sql.Clean(candidate.Organiser))
            .With("$evidence", candidate.Evidence.Length > MaxEvidenceLength ? TextCut.Truncate(candidate.Evidence, MaxEvidenceLength) + "…" : candidate.Evidence)
            .With("$key", key).With("$now", timeProvider.GetUtcNow());
        return insert.ExecuteScalar() is long id ? Get(connection, null, id) : null;
    }

    public async Task<CourseSuggestion?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        return Get(connection, null, id);
    }

    /// <summary>
    /// Suggestions by date. Without <paramref name="includeDecided"/>: pending ones for courses that have not ended by
    /// <paramref name="today"/> (past ones stay stored but out of sight; with no date, every pending one).
    /// </summary>
    public async Task<IReadOnlyList<CourseSuggestion>> ListAsync(bool includeDecided = false, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, $"""
            SELECT {Columns} FROM course_suggestions
            WHERE $all = 1 OR status = 'pending'
            ORDER BY start_date, id;
            """).With("$all", includeDecided);
        var all = ReadAll(select);
        return includeDecided || today is not { } day ? all : all.Where(s => s.LastDay >= day).ToList();
    }

    /// <summary>
    /// After a document's removal: drops its pending suggestions (they can no longer be checked against it) and gives
    /// the courses accepted from it a source that still reads ("document:12 (đã xoá: Title)"). Decided suggestions stay,
    /// so re-adding the document does not suggest a dismissed course again.
    /// </summary>
    public async Task<(int Dropped, int Relabelled)> ForgetDocumentAsync(long documentId, string title, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var drop = Sql.Command(connection, "DELETE FROM course_suggestions WHERE document_id = $doc AND status = 'pending';", transaction)
            .With("$doc", documentId);
        var dropped = drop.ExecuteNonQuery();
        var origin = $"document:{documentId}";
        using var relabel = Sql.Command(connection, "UPDATE courses SET origin = $label WHERE origin = $origin;", transaction)
            .With("$label", $"{origin} (đã xoá: {title})").With("$origin", origin);
        var relabelled = relabel.ExecuteNonQuery();
        transaction.Commit();
        return (dropped, relabelled);
    }

    /// <summary>Turns a pending suggestion into a course (one transaction). <paramref name="decidedBy"/> e.g. "telegram:123", "cli".</summary>
    public async Task<SuggestionDecision> AcceptAsync(long id, string decidedBy, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var suggestion = Get(connection, transaction, id);
        if (suggestion is null || suggestion.Status != SuggestionStatus.Pending)
        {
            return await Undecided(suggestion, cancellationToken);
        }

        var origin = suggestion.DocumentId is { } documentId ? $"document:{documentId}" : $"suggestion:{id}";
        var notes = suggestion.DocumentTitle is { } title ? $"Theo tài liệu: {title}" : null;
        var added = courses.Add(connection, transaction, new NewCourse(
            suggestion.Title, suggestion.StartDate, suggestion.EndDate, suggestion.Location, origin,
            suggestion.Audience, suggestion.Organiser, notes));
        if (!Decide(connection, transaction, id, SuggestionStatus.Accepted, added.Course.Id, decidedBy))
        {
            transaction.Rollback();
            return await Undecided(await GetAsync(id, cancellationToken), cancellationToken);
        }

        transaction.Commit();
        return new SuggestionDecision(SuggestionOutcome.Done, Get(connection, null, id), added.Course);
    }

    /// <summary>Sets a pending suggestion aside; it will not be suggested again.</summary>
    public async Task<SuggestionDecision> DismissAsync(long id, string decidedBy, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        if (!Decide(connection, null, id, SuggestionStatus.Dismissed, null, decidedBy))
        {
            return await Undecided(Get(connection, null, id), cancellationToken);
        }

        return new SuggestionDecision(SuggestionOutcome.Done, Get(connection, null, id), null);
    }

    private async Task<SuggestionDecision> Undecided(CourseSuggestion? suggestion, CancellationToken cancellationToken) =>
        suggestion is null
            ? new SuggestionDecision(SuggestionOutcome.NotFound, null, null)
            : new SuggestionDecision(SuggestionOutcome.AlreadyDecided, suggestion,
                suggestion.CourseId is { } courseId ? await courses.GetAsync(courseId, cancellationToken) : null);

    private bool Decide(SqliteConnection connection, SqliteTransaction? transaction, long id, SuggestionStatus status, long? courseId, string decidedBy)
    {
        using var update = Sql.Command(connection, """
            UPDATE course_suggestions SET status = $status, course_id = $course, decided_at = $now, decided_by = $by
            WHERE id = $id AND status = 'pending';
            """, transaction)
            .With("$status", status.ToString().ToLowerInvariant()).With("$course", courseId)
            .With("$now", timeProvider.GetUtcNow()).With("$by", decidedBy).With("$id", id);
        return update.ExecuteNonQuery() == 1;
    }

    private static CourseSuggestion? Get(SqliteConnection connection, SqliteTransaction? transaction, long id)
    {
        using var select = Sql.Command(connection, $"SELECT {Columns} FROM course_suggestions WHERE id = $id;", transaction).With("$id", id);
        return ReadAll(select).FirstOrDefault();
    }

    private static List<CourseSuggestion> ReadAll(SqliteCommand select)
    {
        var list = new List<CourseSuggestion>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CourseSuggestion(
                reader.GetInt64(0), Sql.ReadNullableLong(reader, 1), Sql.ReadString(reader, 2), reader.GetString(3),
                Sql.ReadDate(reader, 4), Sql.ReadNullableDate(reader, 5), reader.GetString(6) == "month",
                Sql.ReadString(reader, 7), Sql.ReadString(reader, 8), Sql.ReadString(reader, 9), reader.GetString(10),
                Enum.Parse<SuggestionStatus>(reader.GetString(11), ignoreCase: true), Sql.ReadNullableLong(reader, 12),
                Sql.ReadInstant(reader, 13), Sql.ReadNullableInstant(reader, 14), Sql.ReadString(reader, 15)));
        }

        return list;
    }
}
