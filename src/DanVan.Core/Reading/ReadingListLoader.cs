using System.Globalization;
using System.Text.Json;
using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>
/// Reads the bundled list (embedded in this assembly) and the admin file. The admin file can only add or replace
/// entries: whatever is wrong with it is reported as a message and the bundled list still stands.
/// </summary>
internal static class ReadingListLoader
{
    public const string BundledOrigin = "danh mục có sẵn";
    private const string ResourceName = "DanVan.Core.Reading.recommended-documents.json";

    public static ReadingList Load(string? adminPath)
    {
        var problems = new List<string>();
        var documents = new List<RecommendedDocument>();
        using (var stream = typeof(ReadingListLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The bundled reading list {ResourceName} is missing from the assembly."))
        {
            var bundled = JsonSerializer.Deserialize(stream, ReadingListJsonContext.Default.ReadingListJson);
            Merge(documents, bundled, BundledOrigin, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bundled reading list is invalid: " + string.Join(" ", problems));
        }

        if (!string.IsNullOrWhiteSpace(adminPath) && File.Exists(adminPath))
        {
            MergeAdminFile(documents, adminPath, problems);
        }

        return new ReadingList(documents, problems);
    }

    private static void MergeAdminFile(List<RecommendedDocument> documents, string path, List<string> problems)
    {
        ReadingListJson? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), ReadingListJsonContext.Default.ReadingListJson);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (dòng {line + 1})") : string.Empty;
            problems.Add($"Tệp danh mục bổ sung {path} không đúng định dạng JSON{where}, nên chưa được dùng; trợ lý vẫn dùng danh mục có sẵn. " +
                "Tệp cần có dạng {\"documents\": [{\"kind\": …, \"number\": …, \"title\": …, \"date\": …, \"issuer\": …, \"topics\": […]}]}.");
            return;
        }
        catch (IOException ex)
        {
            problems.Add($"Không đọc được tệp danh mục bổ sung {path} ({ex.Message}); trợ lý vẫn dùng danh mục có sẵn.");
            return;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add($"Không có quyền đọc tệp danh mục bổ sung {path}; trợ lý vẫn dùng danh mục có sẵn.");
            return;
        }

        if (file?.Documents is null)
        {
            problems.Add($"Tệp danh mục bổ sung {path} không có mục \"documents\"; không có văn bản nào được thêm.");
            return;
        }

        Merge(documents, file, path, problems);
    }

    private static void Merge(List<RecommendedDocument> documents, ReadingListJson? file, string origin, List<string> problems)
    {
        var entries = file?.Documents ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var document = Validate(entries[i], origin, i + 1, problems);
            if (document is null)
            {
                continue;
            }

            // A later entry with the same id or number corrects an earlier one (an admin fixing the bundled list).
            var existing = documents.FindIndex(d => d.Id == document.Id
                || (d.Number is not null && document.Number is not null && DocumentNumber.Parse(d.Number) == DocumentNumber.Parse(document.Number)));
            if (existing >= 0)
            {
                documents[existing] = document;
            }
            else
            {
                documents.Add(document);
            }
        }
    }

    private static RecommendedDocument? Validate(RecommendedDocumentJson? entry, string origin, int position, List<string> problems)
    {
        var where = $"Mục thứ {position} trong {origin}";
        if (entry is null || string.IsNullOrWhiteSpace(entry.Title))
        {
            problems.Add($"{where}: thiếu \"title\" (tên văn bản), bỏ qua mục này.");
            return null;
        }

        var title = VietnameseText.Normalize(entry.Title).Trim();
        var number = string.IsNullOrWhiteSpace(entry.Number) ? null : VietnameseText.Normalize(entry.Number).Trim();
        if (number is not null && DocumentNumber.Parse(number) is null)
        {
            problems.Add($"{where} ({title}): số hiệu \"{number}\" không đọc được (cần dạng 25-NQ/TW, 10/2022/QH15 …), bỏ qua mục này.");
            return null;
        }

        if (entry.Date is { } date && !IsListDate(date))
        {
            problems.Add($"{where} ({title}): ngày \"{date}\" cần viết dạng yyyy-MM-dd (ví dụ 2021-07-30) hoặc chỉ năm, bỏ qua mục này.");
            return null;
        }

        var topics = Clean(entry.Topics);
        if (topics.Count == 0)
        {
            problems.Add($"{where} ({title}): thiếu \"topics\" (chủ đề), bỏ qua mục này.");
            return null;
        }

        var kind = entry.Kind?.Trim() ?? string.Empty;
        var id = string.IsNullOrWhiteSpace(entry.Id) ? VietnameseText.Fold(number ?? title) : entry.Id.Trim();
        return new RecommendedDocument(id, kind, number, title, entry.Date, entry.Issuer?.Trim(), topics, Clean(entry.Aliases),
            (entry.Checked ?? []).OfType<SourceCheck>().ToList(), origin) { Note = entry.Note };
    }

    private static List<string> Clean(List<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => VietnameseText.Normalize(v).Trim()).ToList();

    private static bool IsListDate(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (date.Length == 4 && int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200);
}
