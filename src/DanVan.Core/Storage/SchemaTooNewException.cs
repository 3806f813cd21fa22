namespace DanVan.Core.Storage;

/// <summary>The database was written by a newer DanVan.Bot: a schema version is above the newest this code knows.</summary>
internal sealed class SchemaTooNewException(int found, int known, string? owner = null)
    : Exception($"The database schema version {found}{(owner is null ? string.Empty : $" of '{owner}'")} is newer than this program understands ({known}).")
{
    public int Found { get; } = found;

    public int Known { get; } = known;

    /// <summary>The <see cref="SchemaMigrations.Owner"/> whose version is too new; null for Core's own.</summary>
    public string? Owner { get; } = owner;
}
