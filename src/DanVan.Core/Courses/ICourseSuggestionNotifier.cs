using DanVan.Core.Ingestion;

namespace DanVan.Core.Courses;

/// <summary>Tells admins about new course suggestions (the bot sends them a Telegram message with Xác nhận / Bỏ qua).</summary>
public interface ICourseSuggestionNotifier
{
    Task NotifyAsync(IngestedDocument document, IReadOnlyList<CourseSuggestion> suggestions, CancellationToken cancellationToken);
}
