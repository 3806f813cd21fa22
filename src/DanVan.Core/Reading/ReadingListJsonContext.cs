using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Core.Reading;

/// <summary>Source-generated JSON for reading list files: lenient with comments and trailing commas, as admins edit them by hand.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ReadingListJson))]
internal sealed partial class ReadingListJsonContext : JsonSerializerContext;
