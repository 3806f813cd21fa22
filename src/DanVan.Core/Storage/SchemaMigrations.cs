namespace DanVan.Core.Storage;

/// <summary>
/// The ordered migrations of one part of the program that keeps its own tables in the database (the bot's delivery
/// state, say), beside Core's own (<c>Migrations</c>, versioned by PRAGMA user_version). Each owner's version is a row
/// of <c>schema_versions</c>. Register an instance as a singleton <see cref="SchemaMigrations"/>: the
/// <see cref="SqliteConnectionFactory"/> applies every registered owner's steps after Core's. Append new steps at the
/// end; never edit a shipped one.
/// </summary>
public sealed class SchemaMigrations
{
    public SchemaMigrations(string owner, IReadOnlyList<SchemaStep> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(steps);
        Owner = owner;
        Steps = steps;
    }

    /// <summary>The owner's name, its key in <c>schema_versions</c>.</summary>
    public string Owner { get; }

    public IReadOnlyList<SchemaStep> Steps { get; }

    public int LatestVersion => Steps.Count;
}
