using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace DanVan.Bot.Courses;

/// <summary>
/// Reads course rows from CSV (header: start_date,end_date,title,location,audience,organiser,notes; ',' or ';') or
/// JSON (an array of objects with the same keys), keeping each row's line number for error reports. Column names
/// are matched ignoring case and underscores ("startDate" = "start_date").
/// </summary>
internal static class CourseFileReader
{
    public const string StartDate = "startdate";
    public const string EndDate = "enddate";
    public const string Title = "title";
    public const string Location = "location";
    public const string Audience = "audience";
    public const string Organiser = "organiser";
    public const string Notes = "notes";

    public const string ColumnList = "start_date,end_date,title,location,audience,organiser,notes";

    private static readonly string[] Known = [StartDate, EndDate, Title, Location, Audience, Organiser, Notes];

    public static IEnumerable<CourseImportRow> Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path),
            ".json" => ReadJson(path),
            _ => throw new CourseImportException($"Không nhận dạng được tệp “{Path.GetFileName(path)}”: chỉ nhập được tệp .csv hoặc .json."),
        };

    internal static string NormalizeName(string name)
    {
        var key = name.Trim().Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .ToLowerInvariant();
        return key == "organizer" ? Organiser : key;
    }

    private static IEnumerable<CourseImportRow> ReadCsv(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new CourseImportException($"Tệp “{Path.GetFileName(path)}” trống. Dòng đầu phải là tên cột: {ColumnList}");
        }

        var columns = header.Select(NormalizeName).ToArray();
        var missing = new[] { StartDate, Title }.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new CourseImportException(
                $"Dòng tiêu đề của “{Path.GetFileName(path)}” thiếu cột {string.Join(", ", missing.Select(Display))}. " +
                $"Các cột dùng được: {ColumnList}");
        }

        var broken = false;
        while (!broken)
        {
            CourseImportRow? row;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                var fields = new Dictionary<string, string?>();
                for (var i = 0; i < columns.Length; i++)
                {
                    if (Known.Contains(columns[i]))
                    {
                        fields[columns[i]] = csv.TryGetField<string>(i, out var value) ? value : null;
                    }
                }

                row = new CourseImportRow(csv.Parser.RawRow, fields);
            }
            catch (CsvHelperException ex)
            {
                // The parser cannot resynchronise after malformed CSV (e.g. an unclosed quote): report and stop.
                row = new CourseImportRow(csv.Parser.RawRow, new Dictionary<string, string?>(),
                    $"Từ dòng này tệp CSV bị lỗi định dạng, phần còn lại không đọc được: {ex.Message.Split('\n')[0]}");
                broken = true;
            }

            yield return row;
        }
    }

    private static IEnumerable<CourseImportRow> ReadJson(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var rows = new List<CourseImportRow>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new CourseImportException($"Tệp “{Path.GetFileName(path)}” phải là một mảng JSON các đối tượng, ví dụ " +
                    "[{\"start_date\": \"2026-11-24\", \"title\": \"Lớp bồi dưỡng …\"}].");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineOf(bytes, reader.TokenStartIndex);
                using var item = JsonDocument.ParseValue(ref reader);
                rows.Add(item.RootElement.ValueKind == JsonValueKind.Object
                    ? FromObject(line, item.RootElement)
                    : new CourseImportRow(line, new Dictionary<string, string?>(), "Phần tử này không phải một đối tượng JSON {…}."));
            }
        }
        catch (JsonException ex)
        {
            rows.Add(new CourseImportRow((int)(ex.LineNumber ?? 0) + 1, new Dictionary<string, string?>(),
                $"JSON không hợp lệ từ đây, phần còn lại của tệp không đọc được: {ex.Message.Split(" LineNumber")[0]}"));
        }

        return rows;
    }

    private static CourseImportRow FromObject(int line, JsonElement item)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var property in item.EnumerateObject())
        {
            var name = NormalizeName(property.Name);
            if (!Known.Contains(name))
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    fields[name] = property.Value.GetString();
                    break;
                case JsonValueKind.Null:
                    fields[name] = null;
                    break;
                default:
                    return new CourseImportRow(line, fields, $"Trường “{property.Name}” phải là chuỗi văn bản (đặt trong dấu nháy kép).");
            }
        }

        return new CourseImportRow(line, fields);
    }

    private static int LineOf(byte[] bytes, long index) => bytes.AsSpan(0, (int)index).Count((byte)'\n') + 1;

    private static string Display(string column) => column switch
    {
        StartDate => "start_date",
        EndDate => "end_date",
        _ => column,
    };
}
