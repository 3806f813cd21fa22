using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary>
/// The JSON shape of <c>ask --json</c>: {"question","answer","grounded","outcome","sources":[{"rank","title","path","score","text"}]},
/// or {"question","error"} for a line that could not be answered. Never throws on odd text: lone surrogates are
/// written as U+FFFD, control characters escaped.
/// </summary>
internal static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(ToDto(answer), Options);

    public static string SerializeError(string question, string error) =>
        JsonSerializer.Serialize(new ErrorDto(Valid(question), error), Options);

    private static AnswerDto ToDto(Answer answer) => new(
        Valid(answer.Question),
        Valid(answer.Text),
        answer.Grounded,
        answer.Outcome switch { AnswerOutcome.Answered => "answered", AnswerOutcome.Related => "related", _ => "none" },
        answer.Sources.Select(s => new SourceDto(s.Rank, Valid(s.Title), s.Path, Math.Round(s.Score, 4), Valid(s.Text))).ToList());

    /// <summary>The text with each lone surrogate replaced by U+FFFD, which the JSON writer would otherwise refuse.</summary>
    private static string Valid(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? text : Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private sealed record ErrorDto(string Question, string Error);

    private sealed record AnswerDto(string Question, string Answer, bool Grounded, string Outcome, IReadOnlyList<SourceDto> Sources);

    private sealed record SourceDto(int Rank, string Title, string? Path, double Score, string Text);
}
