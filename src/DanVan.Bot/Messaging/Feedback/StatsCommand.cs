using DanVan.Core.Courses;
using DanVan.Core.Questions;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Feedback;

/// <summary>/stats [days] (admins): questions per day, answered / related / declined shares, most cited documents, votes.</summary>
internal sealed class StatsCommand(UsageStatistics statistics, IOptions<DigestOptions> digest) : IBotCommand
{
    private const int DefaultDays = 30;
    private const int MaxDays = 3650;

    public string Name => "stats";

    public string Description => "Thống kê sử dụng (quản trị)";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The digest's time zone is the bot's local time (Digest:TimeZone, default Asia/Ho_Chi_Minh).
        var schedule = DigestSchedule.FromOptions(digest.Value);
        var days = context.CountArgument(DefaultDays, MaxDays);
        var report = await statistics.GetAsync(days, schedule.Zone, cancellationToken: cancellationToken);
        await context.ReplyHtmlAsync(FeedbackTexts.Stats(report, days, schedule.ZoneLabel), null, cancellationToken);
    }
}
