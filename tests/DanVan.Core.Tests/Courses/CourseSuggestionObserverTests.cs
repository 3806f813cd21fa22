using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using DanVan.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Core.Tests.Courses;

public sealed class CourseSuggestionObserverTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));
    private readonly CourseSuggestionStore _suggestions;
    private readonly RecordingNotifier _notifier = new();

    public CourseSuggestionObserverTests() =>
        _suggestions = new CourseSuggestionStore(_db.Factory, new CourseStore(_db.Factory, _clock), _clock);

    public void Dispose() => _db.Dispose();

    private CourseSuggestionObserver Observer(params ICourseSuggestionNotifier[] notifiers) =>
        new(_suggestions, notifiers.Length == 0 ? [_notifier] : notifiers, DigestSchedule.FromOptions(new DigestOptions()), _clock,
            NullLogger<CourseSuggestionObserver>.Instance);

    private static IngestedDocument Document(DateOnly? published, params string[] paragraphs) =>
        new(9, "Thông báo mở lớp", "tb.txt", published, null, "test", paragraphs);

    [Fact]
    public async Task OnDocumentIngestedAsync_UpcomingCourse_StoredPendingAndAdminsNotified()
    {
        await Observer().OnDocumentIngestedAsync(Document(new DateOnly(2026, 11, 18),
            "Ngày 24/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận tại Hội trường Tỉnh ủy."), CancellationToken.None);

        var suggestion = Assert.Single(await _suggestions.ListAsync());
        Assert.Equal((new DateOnly(2026, 11, 24), SuggestionStatus.Pending, 9L), (suggestion.StartDate, suggestion.Status, suggestion.DocumentId!.Value));
        Assert.Equal([suggestion.Id], _notifier.Notified.Select(s => s.Id));
    }

    [Fact]
    public async Task OnDocumentIngestedAsync_PastCourse_StoredButNoNotification()
    {
        await Observer().OnDocumentIngestedAsync(Document(null,
            "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022."), CancellationToken.None);

        Assert.Single(await _suggestions.ListAsync());
        Assert.Empty(_notifier.Notified);
    }

    [Fact]
    public async Task OnDocumentIngestedAsync_YearUnknown_NotStored()
    {
        await Observer().OnDocumentIngestedAsync(Document(null,
            "Sáng 1/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận."), CancellationToken.None);

        Assert.Empty(await _suggestions.ListAsync(includeDecided: true));
        Assert.Empty(_notifier.Notified);
    }

    [Fact]
    public async Task OnDocumentIngestedAsync_SameDocumentAgain_NoSecondSuggestionOrNotification()
    {
        var document = Document(new DateOnly(2026, 11, 18), "Ngày 24/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận.");
        await Observer().OnDocumentIngestedAsync(document, CancellationToken.None);

        await Observer().OnDocumentIngestedAsync(document, CancellationToken.None);

        Assert.Single(await _suggestions.ListAsync());
        Assert.Single(_notifier.Notified);
    }

    [Fact]
    public async Task OnDocumentIngestedAsync_NotifierThrows_SuggestionKeptAndOtherNotifiersCalled()
    {
        var failing = new RecordingNotifier { Failure = new InvalidOperationException("Telegram down") };

        await Observer(failing, _notifier).OnDocumentIngestedAsync(Document(new DateOnly(2026, 11, 18),
            "Ngày 24/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận."), CancellationToken.None);

        Assert.Single(await _suggestions.ListAsync());
        Assert.Single(_notifier.Notified);
    }

    private sealed class RecordingNotifier : ICourseSuggestionNotifier
    {
        public List<CourseSuggestion> Notified { get; } = [];

        public Exception? Failure { get; init; }

        public Task NotifyAsync(IngestedDocument document, IReadOnlyList<CourseSuggestion> suggestions, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Notified.AddRange(suggestions);
            return Task.CompletedTask;
        }
    }
}
