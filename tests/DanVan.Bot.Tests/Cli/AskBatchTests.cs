using System.Text.Json;
using DanVan.Bot.Cli;
using DanVan.Core.Answering;
using Moq;

namespace DanVan.Bot.Tests.Cli;

/// <summary>Batch mode keeps one output line per input line, whatever one answer does.</summary>
public sealed class AskBatchTests
{
    [Fact]
    public async Task RunAsync_OneAnswerThrows_ThatLineGetsAnErrorAndTheRestAreAnswered()
    {
        var answerer = new Mock<IQuestionAnswerer>();
        answerer.Setup(a => a.AnswerAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string q, string? _, CancellationToken _) => q == "hỏng"
                ? throw new InvalidOperationException("boom")
                : Task.FromResult(new Answer(q, "Trả lời: " + q, false, [])));
        var output = new StringWriter();

        await AskBatch.RunAsync(answerer.Object, new StringReader("một\nhỏng\n\nhai\n"), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("Trả lời: một", lines[0].GetProperty("answer").GetString());
        Assert.Equal("hỏng", lines[1].GetProperty("question").GetString());
        Assert.Contains("InvalidOperationException", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("boom", lines[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(AskBatch.BlankLineError, lines[2].GetProperty("error").GetString());
        Assert.Equal("Trả lời: hai", lines[3].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task RunAsync_AnswerWithLoneSurrogates_IsWrittenAsValidJson()
    {
        var answerer = new Mock<IQuestionAnswerer>();
        answerer.Setup(a => a.AnswerAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer("a\uD83D", "b\uDE00c", false, []));
        var output = new StringWriter();

        await AskBatch.RunAsync(answerer.Object, new StringReader("x\n"), output, CancellationToken.None);

        var line = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("a\uFFFD", line.GetProperty("question").GetString());
        Assert.Equal("b\uFFFDc", line.GetProperty("answer").GetString());
    }
}
