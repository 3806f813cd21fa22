using System.Text.Json;

namespace DanVan.Core.Text;

/// <summary>
/// Reads an admin's optional JSON file (<c>lexicon.local.json</c>). A file that cannot be read or is not JSON of the
/// expected shape never stops the program: the problem, with the path and the line, goes to <c>report</c> and the
/// caller keeps its shipped data.
/// </summary>
internal static class LocalDataFile
{
    /// <summary>The file's content; null when there is no such file, or when it could not be used (then reported).</summary>
    public static T? Read<T>(string? path, JsonSerializerOptions options, Action<string>? report)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return null;
        }

        const string Fallback = "Chương trình dùng bộ từ vựng có sẵn cho đến khi tệp được sửa.";
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), options);
        }
        catch (JsonException ex)
        {
            report?.Invoke($"Tệp từ vựng '{path}' không đúng định dạng JSON (dòng {ex.LineNumber + 1}): {ex.Message} {Fallback}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            report?.Invoke($"Không đọc được tệp từ vựng '{path}': {ex.Message} {Fallback}");
        }

        return null;
    }
}
