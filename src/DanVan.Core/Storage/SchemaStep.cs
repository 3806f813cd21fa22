namespace DanVan.Core.Storage;

/// <summary>One migration step of a <see cref="SchemaMigrations"/> sequence.</summary>
/// <param name="Sql">The statements, run in one transaction with the version update.</param>
/// <param name="CreatesTable">
/// A table this step creates. A database that records no version for the owner yet, but has this table, had the step
/// applied before the owner kept its own sequence (the bot's tables were created by Core's steps 4 and 7 until
/// 2026-12), so the step is counted as done instead of run again.
/// </param>
public sealed record SchemaStep(string Sql, string? CreatesTable = null);
