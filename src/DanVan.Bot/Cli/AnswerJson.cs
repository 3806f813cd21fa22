using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary>The JSON shape of <c>ask --json</c>: {"question","answer","grounded","sources":[{"rank","title","path","score","text"}]}.</summary>
internal static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(ToDto(answer), Options);

    private static AnswerDto ToDto(Answer answer) => new(
        answer.Question,
        answer.Text,
        answer.Grounded,
        answer.Sources.Select(s => new SourceDto(s.Rank, s.Title, s.Path, Math.Round(s.Score, 4), s.Text)).ToList());

    private sealed record AnswerDto(string Question, string Answer, bool Grounded, IReadOnlyList<SourceDto> Sources);

    private sealed record SourceDto(int Rank, string Title, string? Path, double Score, string Text);
}
