namespace DanVan.Core.Reading;

/// <summary>The shape of a reading list file (bundled or admin): <c>{ "documents": [ … ] }</c>.</summary>
internal sealed class ReadingListJson
{
    public List<RecommendedDocumentJson?>? Documents { get; set; }
}
