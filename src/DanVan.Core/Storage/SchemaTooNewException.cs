namespace DanVan.Core.Storage;

/// <summary>The database was written by a newer DanVan.Bot: its schema version is above the newest this code knows.</summary>
internal sealed class SchemaTooNewException(int found, int known)
    : Exception($"The database schema version {found} is newer than this program understands ({known}).")
{
    public int Found { get; } = found;

    public int Known { get; } = known;
}
