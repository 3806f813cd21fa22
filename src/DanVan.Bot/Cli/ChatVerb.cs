using System.CommandLine;
using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary><c>chat</c>: questions and answers in the terminal until an empty line, "/exit" or end of input.</summary>
internal static class ChatVerb
{
    public static Command Create()
    {
        var command = new Command("chat", "Trò chuyện hỏi đáp trong cửa sổ dòng lệnh.");
        command.SetAction((_, ct) => ExecuteAsync(ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var context = await CliContext.CreateAsync(syncKnowledge: true, cancellationToken);
        if (context is null)
        {
            return 1;
        }

        var answerer = context.Get<IQuestionAnswerer>();
        await Console.Out.WriteLineAsync("DanVan.Bot — hỏi về công tác dân vận. Gõ câu hỏi rồi Enter; \"/thoat\" hoặc dòng trống để thoát.");
        string? previous = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Console.Out.WriteAsync("\n> ");
            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Length == 0 || line.Trim() is "/thoat" or "/exit" or "/quit")
            {
                break;
            }

            // "+ …" continues the previous question (a follow-up), like replying to the bot's answer in Telegram.
            var followUp = line.TrimStart().StartsWith('+') ? previous : null;
            var answer = await answerer.AnswerAsync(line.TrimStart().TrimStart('+'), followUp, cancellationToken);
            await Console.Out.WriteLineAsync(answer.Text);
            previous = line.TrimStart().TrimStart('+');
        }

        return 0;
    }
}
