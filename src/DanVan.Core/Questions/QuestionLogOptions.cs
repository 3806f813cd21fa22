using DanVan.Core.Settings;

namespace DanVan.Core.Questions;

/// <summary>How long asked questions, their cited passages and their votes are kept.</summary>
public sealed class QuestionLogOptions
{
    public const string SectionName = "Questions";

    /// <summary>Days a question is kept before the daily purge deletes it with its sources and votes (default 90).</summary>
    [SettingRange(1, 3650, ErrorMessage = "Questions:RetentionDays must be between 1 and 3650 days (default 90).")]
    public int RetentionDays { get; set; } = 90;
}
