using DanVan.Core.Courses;
using DanVan.Core.Questions;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Feedback;

/// <summary>/unanswered [N] (admins): what cadres asked that the materials did not answer, grouped, most asked first.</summary>
internal sealed class UnansweredCommand(UnansweredReport report, IOptions<DigestOptions> digest) : IBotCommand
{
    private const int DefaultGroups = 10;
    private const int MaxGroups = 50;

    public string Name => "unanswered";

    public string Description => "Câu hỏi tài liệu chưa trả lời được (quản trị)";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The digest's time zone is the bot's local time (Digest:TimeZone, default Asia/Ho_Chi_Minh).
        var schedule = DigestSchedule.FromOptions(digest.Value);
        var limit = context.CountArgument(DefaultGroups, MaxGroups);
        var groups = await report.ListAsync(limit, cancellationToken);
        await context.ReplyHtmlAsync(groups.Count == 0 ? FeedbackTexts.NoUnanswered : FeedbackTexts.Unanswered(groups, schedule.Zone), null, cancellationToken);
    }
}
