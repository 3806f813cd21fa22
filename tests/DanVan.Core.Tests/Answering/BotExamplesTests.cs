using System.Text.RegularExpressions;
using DanVan.Core.Answering;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>Every example question the bot offers (prompts, help, README) is answered from the bundled knowledge.</summary>
public sealed partial class BotExamplesTests : IClassFixture<KnowledgeFixture>
{
    private readonly IQuestionAnswerer _answerer;

    public BotExamplesTests(KnowledgeFixture fixture) => _answerer = fixture.Services.Get<IQuestionAnswerer>();

    [GeneratedRegex("""-- ask "([^"]+)"|`"([^"`]+\?)"`""")]
    private static partial Regex ReadmeAsk();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string> { AnswerTexts.ExampleCount, AnswerTexts.ExampleDate };
        foreach (Match match in ReadmeAsk().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))))
        {
            var question = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            if (question != AnswerTexts.ExampleCount && question != AnswerTexts.ExampleDate)
            {
                data.Add(question);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task AnswerAsync_ExampleQuestion_IsAnsweredWithItsSource(string question)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("[1]", answer.Body, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Path is not null && s.Path.StartsWith("knowledge/", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyQuestionText_OffersOnlyTestedExamples()
    {
        Assert.Contains(AnswerTexts.ExampleDate, AnswerTexts.EmptyQuestion, StringComparison.Ordinal);
        Assert.Contains(AnswerTexts.ExampleCount, AnswerTexts.EmptyQuestion, StringComparison.Ordinal);
    }
}
