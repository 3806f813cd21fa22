using DanVan.Core.Ingestion;
using Microsoft.Extensions.Logging;

namespace DanVan.Core.Courses;

/// <summary>
/// After a document is ingested, extracts the courses it announces and stores them as pending suggestions.
/// Candidates whose year is unknown are skipped (logged), never guessed. New suggestions for courses not yet over
/// are passed to every <see cref="ICourseSuggestionNotifier"/>; past ones are kept for the record without pinging admins.
/// </summary>
public sealed partial class CourseSuggestionObserver(
    CourseSuggestionStore suggestions,
    IEnumerable<ICourseSuggestionNotifier> notifiers,
    DigestSchedule schedule,
    TimeProvider timeProvider,
    ILogger<CourseSuggestionObserver> logger) : IIngestionObserver
{
    public async Task OnDocumentIngestedAsync(IngestedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var added = new List<CourseSuggestion>();
        foreach (var candidate in CourseExtractor.Extract(document))
        {
            if (!candidate.YearKnown)
            {
                LogYearUnknown(document.DocumentId, candidate.Title, candidate.DateText);
                continue;
            }

            if (await suggestions.AddAsync(document.DocumentId, document.Title, candidate, cancellationToken) is { } suggestion)
            {
                LogSuggested(suggestion.Id, document.DocumentId, suggestion.Title, suggestion.StartDate);
                added.Add(suggestion);
            }
        }

        var today = schedule.LocalDate(timeProvider.GetUtcNow());
        var current = added.Where(s => s.LastDay >= today).ToList();
        if (current.Count == 0)
        {
            return;
        }

        foreach (var notifier in notifiers)
        {
            try
            {
                await notifier.NotifyAsync(document, current, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The suggestions are stored; admins still find them with `courses suggestions`.
                LogNotifyFailed(ex, document.DocumentId);
            }
        }
    }

    /// <summary>The document is gone: its pending suggestions go too, and courses accepted from it name it by title.</summary>
    public async Task OnDocumentRemovedAsync(long documentId, string title, CancellationToken cancellationToken)
    {
        var (dropped, relabelled) = await suggestions.ForgetDocumentAsync(documentId, title, cancellationToken);
        LogDocumentForgotten(documentId, dropped, relabelled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} removed: {Dropped} pending course suggestion(s) dropped, {Relabelled} course(s) keep its title as their source")]
    private partial void LogDocumentForgotten(long documentId, int dropped, int relabelled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Course in document {DocumentId} skipped: '{Title}' on {Date} has no year in the text and the document has no date")]
    private partial void LogYearUnknown(long documentId, string title, string date);

    [LoggerMessage(Level = LogLevel.Information, Message = "Course suggestion {SuggestionId} from document {DocumentId}: '{Title}' starting {StartDate}")]
    private partial void LogSuggested(long suggestionId, long documentId, string title, DateOnly startDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify admins about course suggestions from document {DocumentId}")]
    private partial void LogNotifyFailed(Exception exception, long documentId);
}
