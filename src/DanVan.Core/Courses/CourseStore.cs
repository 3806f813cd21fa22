using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Courses;

/// <summary>The course calendar in SQLite. Adding the same course twice (same start day, same title ignoring case,
/// diacritics and punctuation) keeps the first and reports it as existing.</summary>
public sealed class CourseStore(SqliteConnectionFactory factory, TimeProvider timeProvider)
{
    private const string Columns = "id, title, start_date, end_date, location, audience, organiser, notes, origin, created_at";

    public const int MaxTitleLength = 300;

    public async Task<CourseAddResult> AddAsync(NewCourse course, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        return Add(connection, null, course);
    }

    /// <summary>Adds within the caller's transaction (accepting a suggestion stores the course and the decision together).</summary>
    internal CourseAddResult Add(SqliteConnection connection, SqliteTransaction? transaction, NewCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var title = Sql.Clean(course.Title) ?? throw new ArgumentException("A course needs a title.", nameof(course));
        if (course.EndDate is { } end && end < course.StartDate)
        {
            throw new ArgumentException("A course cannot end before it starts.", nameof(course));
        }

        var key = CourseKey.For(course.StartDate, title);
        using (var insert = Sql.Command(connection, """
            INSERT INTO courses (title, start_date, end_date, location, audience, organiser, notes, origin, dedupe_key, created_at)
            VALUES ($title, $start, $end, $location, $audience, $organiser, $notes, $origin, $key, $now)
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id;
            """, transaction))
        {
            insert.With("$title", title).With("$start", course.StartDate)
                .With("$end", course.EndDate == course.StartDate ? null : course.EndDate)
                .With("$location", Sql.Clean(course.Location)).With("$audience", Sql.Clean(course.Audience))
                .With("$organiser", Sql.Clean(course.Organiser)).With("$notes", Sql.Clean(course.Notes))
                .With("$origin", course.Origin).With("$key", key).With("$now", timeProvider.GetUtcNow());
            if (insert.ExecuteScalar() is long id)
            {
                return new CourseAddResult(Get(connection, transaction, "id = $v", id)!, Created: true);
            }
        }

        return new CourseAddResult(Get(connection, transaction, "dedupe_key = $v", key)!, Created: false);
    }

    public async Task<Course?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        return Get(connection, null, "id = $v", id);
    }

    /// <summary>Removes a course; false when there is no such id.</summary>
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var delete = Sql.Command(connection, "DELETE FROM courses WHERE id = $id;").With("$id", id);
        return delete.ExecuteNonQuery() == 1;
    }

    /// <summary>All courses ordered by date; with <paramref name="endingOnOrAfter"/>, only those not over before that day.</summary>
    public async Task<IReadOnlyList<Course>> ListAsync(DateOnly? endingOnOrAfter = null, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, $"""
            SELECT {Columns} FROM courses
            WHERE $from IS NULL OR COALESCE(end_date, start_date) >= $from
            ORDER BY start_date, id;
            """).With("$from", endingOnOrAfter);
        return ReadAll(select);
    }

    /// <summary>Courses in progress on <paramref name="today"/> and those starting within <paramref name="daysAhead"/> days, by date.</summary>
    public async Task<IReadOnlyList<Course>> ListCurrentAsync(DateOnly today, int daysAhead, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, $"""
            SELECT {Columns} FROM courses
            WHERE start_date <= $until AND COALESCE(end_date, start_date) >= $today
            ORDER BY start_date, id;
            """).With("$today", today).With("$until", today.AddDays(daysAhead));
        return ReadAll(select);
    }

    private static Course? Get(SqliteConnection connection, SqliteTransaction? transaction, string where, object value)
    {
        using var select = Sql.Command(connection, $"SELECT {Columns} FROM courses WHERE {where};", transaction).With("$v", value);
        return ReadAll(select).FirstOrDefault();
    }

    private static List<Course> ReadAll(SqliteCommand select)
    {
        var courses = new List<Course>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            courses.Add(new Course(
                reader.GetInt64(0), reader.GetString(1), Sql.ReadDate(reader, 2), Sql.ReadNullableDate(reader, 3),
                Sql.ReadString(reader, 4), Sql.ReadString(reader, 5), Sql.ReadString(reader, 6), Sql.ReadString(reader, 7),
                reader.GetString(8), Sql.ReadInstant(reader, 9)));
        }

        return courses;
    }
}
