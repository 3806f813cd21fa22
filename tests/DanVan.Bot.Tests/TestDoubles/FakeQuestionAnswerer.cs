using System.Collections.Concurrent;
using DanVan.Core.Answering;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// A stand-in for the answering core: records each (question, previousQuestion) and answers with <see cref="Respond"/>
/// (by default an echo of the question with one citation and a "Nguồn:" block, so tests can see what reached it).
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    private readonly ConcurrentQueue<(string Question, string? Previous)> _calls = new();

    public Func<string, string?, Answer> Respond { get; set; } = Echo;

    /// <summary>Awaited before answering (e.g. to hold an answer while a test stops the host).</summary>
    public Func<CancellationToken, Task>? BeforeAnswer { get; set; }

    public IReadOnlyList<(string Question, string? Previous)> Calls => _calls.ToList();

    public async Task<Answer> AnswerAsync(string question, string? previousQuestion = null, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue((question, previousQuestion));
        if (BeforeAnswer is { } gate)
        {
            await gate(cancellationToken);
        }

        return Respond(question, previousQuestion);
    }

    public static Answer Echo(string question, string? previous) =>
        new(question, $"Trả lời cho: {question} [1]\n\nNguồn:\n[1] Tài liệu kiểm thử, mục 1", true, []);

    public static Answer WithText(string question, string text) => new(question, text, true, []);
}
