using System.Globalization;
using System.Text;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Reading;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>/coverage (admins): which recommended documents are in the knowledge base and which are missing, by topic.</summary>
internal sealed class CoverageCommand : IBotCommand
{
    private readonly ReadingCoverage _coverage;

    public CoverageCommand(ReadingCoverage coverage) => _coverage = coverage;

    public string Name => "coverage";

    public string Description => "Văn bản nên nạp trước: đã có, còn thiếu (quản trị)";

    public bool AdminOnly => true;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReplyHtmlAsync(Format(_coverage.Report()), null, cancellationToken);
    }

    internal static string Format(CoverageReport report)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"<b>Văn bản nên nạp trước</b>: đã có {report.LoadedCount}/{report.Entries.Count} văn bản."));
        foreach (var (topic, entries) in report.Topics)
        {
            text.Append("\n\n<b>").Append(TelegramHtml.Escape(topic)).Append("</b>");
            foreach (var entry in entries)
            {
                var document = entry.Document;
                var details = string.Join(", ", new[] { document.Number is null ? null : "số " + document.Number, document.DisplayDate }.OfType<string>());
                text.Append('\n').Append(entry.IsLoaded ? "✅ " : "❌ ").Append(TelegramHtml.Escape(document.Title));
                if (details.Length > 0)
                {
                    text.Append(" (").Append(TelegramHtml.Escape(details)).Append(')');
                }

                text.Append(entry.IsLoaded
                    ? " — " + string.Join(", ", entry.LoadedAs.Select(d => string.Create(CultureInfo.InvariantCulture, $"#{d.Id}")))
                    : " — <i>chưa có</i>");
            }
        }

        foreach (var problem in report.Problems)
        {
            text.Append("\n\n⚠️ ").Append(TelegramHtml.Escape(problem));
        }

        text.Append("\n\nNạp văn bản: gửi tệp cho tôi trong chat riêng. Danh mục bổ sung: <code>")
            .Append(TelegramHtml.Escape(report.AdminPath)).Append("</code>");
        return text.ToString();
    }
}
