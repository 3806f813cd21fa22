using DanVan.Bot.Cli;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Cli;

public sealed class ChatVerbTests
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly StringWriter _output = new();

    private Task<int> Chat(string input) => ChatVerb.LoopAsync(_answerer, new StringReader(input), _output, CancellationToken.None);

    [Fact]
    public async Task Loop_HelpAndUnknownCommands_AreNotAskedAsQuestions()
    {
        var code = await Chat("/help\n/HELP\n/xoa\nlop tap huan\n");

        Assert.Equal(0, code);
        Assert.Equal(["lop tap huan"], _answerer.Calls.Select(c => c.Question));
        Assert.Contains("/exit   thoát", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Không có lệnh /xoa", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_Exit_StopsBeforeLaterLines()
    {
        await Chat("câu một\n/exit\ncâu hai\n");

        Assert.Equal(["câu một"], _answerer.Calls.Select(c => c.Question));
    }

    [Fact]
    public async Task Loop_EndOfInput_LeavesCleanlyOnANewLine()
    {
        var code = await Chat("câu một");

        Assert.Equal(0, code);
        Assert.Single(_answerer.Calls);
        Assert.EndsWith("> " + Environment.NewLine, _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_BlankLineThenPlusLine_BlankIgnoredAndFollowUpCarriesThePreviousQuestion()
    {
        await Chat("lop tap huan o ha nam\n\n+ hoc may ngay\n");

        Assert.Equal([("lop tap huan o ha nam", null), ("hoc may ngay", "lop tap huan o ha nam")], _answerer.Calls);
    }
}
