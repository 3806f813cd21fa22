using System.CommandLine;
using System.Globalization;
using System.Text;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>convert FILE... --out DIR</c>: writes each document as clean Markdown with front matter (title, source, published,
/// province) — the ingester's cleaning and metadata, made visible. The bundled knowledge/ was made this way from the scrapes.
/// </summary>
internal static class ConvertVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Tệp nguồn." };
        var output = new Option<string>("--out") { Description = "Thư mục ghi tệp Markdown.", Required = true };
        var command = new Command("convert", "Làm sạch tài liệu và ghi thành Markdown có front matter.") { files, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var context = await CliContext.CreateAsync(syncKnowledge: false, ct);
            if (context is null)
            {
                return 1;
            }

            var registry = context.Get<DocumentReaderRegistry>();
            var directory = parse.GetValue(output)!;
            Directory.CreateDirectory(directory);
            var failed = 0;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                try
                {
                    var parsed = await registry.ReadAsync(await File.ReadAllBytesAsync(file, ct), Path.GetFileName(file), ct);
                    var cleaned = DocumentCleaner.Clean(parsed);
                    var metadata = MetadataExtractor.Extract(parsed, cleaned, Path.GetFileName(file));
                    var target = Path.Combine(directory, Path.GetFileNameWithoutExtension(file) + ".md");
                    await File.WriteAllTextAsync(target, ToMarkdown(metadata, cleaned), new UTF8Encoding(false), ct);
                    await Console.Out.WriteLineAsync($"{file} → {target}");
                }
                catch (Exception ex) when (ex is DocumentFormatException or IOException)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"{file}: {ex.Message}");
                }
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    internal static string ToMarkdown(DocumentMetadata metadata, CleanedDocument cleaned)
    {
        var builder = new StringBuilder("---\n");
        builder.Append("title: ").Append(Quote(metadata.Title)).Append('\n');
        if (metadata.Source is { } source)
        {
            builder.Append("source: ").Append(Quote(source)).Append('\n');
        }

        if (metadata.Published is { } published)
        {
            builder.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (metadata.Province is { } province)
        {
            builder.Append("province: ").Append(Quote(province)).Append('\n');
        }

        builder.Append("---\n\n# ").Append(metadata.Title).Append('\n');
        foreach (var block in cleaned.Blocks)
        {
            builder.Append('\n').Append(block.Kind switch
            {
                BlockKind.Heading => new string('#', Math.Clamp(block.Level + 1, 2, 6)) + " " + block.Text,
                BlockKind.ListItem => "- " + block.Text,
                BlockKind.TableRow => "| " + block.Text + " |",
                _ => block.Text,
            }).Append('\n');
        }

        return builder.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "'", StringComparison.Ordinal) + "\"";
}
