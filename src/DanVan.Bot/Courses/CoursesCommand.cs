using DanVan.Bot.Messaging;
using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>/courses: courses in progress and those starting within Digest:DaysAhead days, in any chat.</summary>
internal sealed class CoursesCommand(CourseStore courses, DigestSchedule schedule, TimeProvider timeProvider) : IBotCommand
{
    public string Name => "courses";

    public string Description => "Lịch các lớp học đang và sắp diễn ra";

    public bool AdminOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = schedule.LocalDate(timeProvider.GetUtcNow());
        var list = await courses.ListCurrentAsync(today, schedule.DaysAhead, cancellationToken);
        await context.ReplyHtmlAsync(DigestHtmlFormatter.FormatList(CourseDigest.For(list, today, schedule.DaysAhead), showIds: context.IsAdmin), null, cancellationToken);
    }
}
