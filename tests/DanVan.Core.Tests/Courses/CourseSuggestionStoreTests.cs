using DanVan.Core.Courses;
using DanVan.TestDoubles;

namespace DanVan.Core.Tests.Courses;

public sealed class CourseSuggestionStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));
    private readonly CourseStore _courses;
    private readonly CourseSuggestionStore _store;

    public CourseSuggestionStoreTests()
    {
        _courses = new CourseStore(_db.Factory, _clock);
        _store = new CourseSuggestionStore(_db.Factory, _courses, _clock);
    }

    public void Dispose() => _db.Dispose();

    private static CourseCandidate Candidate(string title = "Lớp bồi dưỡng nghiệp vụ", DateOnly? start = null) =>
        new(title, start ?? new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 26), false, "…", "Hội trường", "Cán bộ", "Ban Dân vận", "Sáng 24/11, …");

    [Fact]
    public async Task AddAsync_NewCandidate_PendingWithDocument()
    {
        var suggestion = await _store.AddAsync(5, "Tin tập huấn", Candidate());

        Assert.NotNull(suggestion);
        Assert.Equal((SuggestionStatus.Pending, 5L, "Tin tập huấn", new DateOnly(2026, 11, 26)),
            (suggestion.Status, suggestion.DocumentId!.Value, suggestion.DocumentTitle!, suggestion.EndDate!.Value));
        Assert.Empty(await _courses.ListAsync());
    }

    [Fact]
    public async Task AddAsync_SameCandidateTwice_SuggestedOnce()
    {
        await _store.AddAsync(5, "Tin", Candidate());

        Assert.Null(await _store.AddAsync(6, "Tin khác", Candidate()));
        Assert.Single(await _store.ListAsync());
    }

    [Fact]
    public async Task AddAsync_CourseAlreadyOnCalendar_NotSuggested()
    {
        await _courses.AddAsync(new NewCourse("LỚP BỒI DƯỠNG NGHIỆP VỤ", new DateOnly(2026, 11, 24), null, null, "cli"));

        Assert.Null(await _store.AddAsync(5, "Tin", Candidate()));
    }

    [Fact]
    public async Task AddAsync_CandidateWithoutYear_Throws()
    {
        var undated = Candidate() with { StartDate = null, EndDate = null };
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AddAsync(5, "Tin", undated));
    }

    [Fact]
    public async Task AcceptAsync_Pending_CreatesCourseAndRecordsDecision()
    {
        var suggestion = (await _store.AddAsync(5, "Tin tập huấn", Candidate()))!;

        var decision = await _store.AcceptAsync(suggestion.Id, "telegram:77");

        Assert.Equal(SuggestionOutcome.Done, decision.Outcome);
        var course = Assert.Single(await _courses.ListAsync());
        Assert.Equal(decision.Course, course);
        Assert.Equal(("Lớp bồi dưỡng nghiệp vụ", "Hội trường", "Cán bộ", "Ban Dân vận", "document:5"),
            (course.Title, course.Location!, course.Audience!, course.Organiser!, course.Origin));
        Assert.Equal((SuggestionStatus.Accepted, course.Id, "telegram:77"),
            (decision.Suggestion!.Status, decision.Suggestion.CourseId!.Value, decision.Suggestion.DecidedBy!));
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task AcceptAsync_Twice_SecondSaysAlreadyDecidedAndAddsNothing()
    {
        var suggestion = (await _store.AddAsync(5, "Tin", Candidate()))!;
        var first = await _store.AcceptAsync(suggestion.Id, "telegram:1");

        var second = await _store.AcceptAsync(suggestion.Id, "telegram:2");

        Assert.Equal(SuggestionOutcome.AlreadyDecided, second.Outcome);
        Assert.Equal(first.Course!.Id, second.Course!.Id);
        Assert.Equal("telegram:1", second.Suggestion!.DecidedBy);
        Assert.Single(await _courses.ListAsync());
    }

    [Fact]
    public async Task DismissAsync_Pending_NoCourseAndNotSuggestedAgain()
    {
        var suggestion = (await _store.AddAsync(5, "Tin", Candidate()))!;

        var decision = await _store.DismissAsync(suggestion.Id, "cli");

        Assert.Equal((SuggestionOutcome.Done, SuggestionStatus.Dismissed), (decision.Outcome, decision.Suggestion!.Status));
        Assert.Empty(await _courses.ListAsync());
        Assert.Null(await _store.AddAsync(5, "Tin", Candidate()));
        Assert.Single(await _store.ListAsync(includeDecided: true));
    }

    [Fact]
    public async Task AcceptAsync_DismissedSuggestion_AlreadyDecided()
    {
        var suggestion = (await _store.AddAsync(5, "Tin", Candidate()))!;
        await _store.DismissAsync(suggestion.Id, "cli");

        var decision = await _store.AcceptAsync(suggestion.Id, "cli");

        Assert.Equal(SuggestionOutcome.AlreadyDecided, decision.Outcome);
        Assert.Empty(await _courses.ListAsync());
    }

    [Fact]
    public async Task AcceptAsync_UnknownId_NotFound()
    {
        Assert.Equal(SuggestionOutcome.NotFound, (await _store.AcceptAsync(999, "cli")).Outcome);
        Assert.Equal(SuggestionOutcome.NotFound, (await _store.DismissAsync(999, "cli")).Outcome);
    }
}
