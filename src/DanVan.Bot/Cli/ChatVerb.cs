using System.CommandLine;
using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>chat</c>: questions and answers in the terminal. A line starting with "/" is a command, never a question:
/// /help, /exit (also /quit, /thoat); end of input (Ctrl-D, or Ctrl-Z Enter on Windows) leaves too.
/// </summary>
internal static class ChatVerb
{
    internal const string Help = """
        Gõ câu hỏi rồi Enter (có dấu hay không dấu đều được).
        Bắt đầu dòng bằng "+" để hỏi tiếp câu trước, ví dụ: + còn năm 2017 thì sao?
        /help   xem hướng dẫn này
        /exit   thoát (hoặc /thoat, /quit, hoặc Ctrl-D)
        """;

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

        return await LoopAsync(context.Get<IQuestionAnswerer>(), Console.In, Console.Out, cancellationToken);
    }

    /// <summary>The conversation: reads lines until /exit or end of input, answering each question.</summary>
    internal static async Task<int> LoopAsync(IQuestionAnswerer answerer, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("DanVan.Bot — hỏi về công tác dân vận. Gõ câu hỏi rồi Enter; /help để xem hướng dẫn, /exit hoặc Ctrl-D để thoát.");
        string? previous = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("\n> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                // Ctrl-D: end the prompt line so the shell's prompt starts on a fresh one.
                await output.WriteLineAsync();
                break;
            }

            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('/'))
            {
                var command = text.Split(' ', 2)[0].ToLowerInvariant();
                if (command is "/exit" or "/quit" or "/thoat" or "/q")
                {
                    break;
                }

                await output.WriteLineAsync(command is "/help" or "/h" or "/?" or "/huongdan" or "/start"
                    ? Help
                    : $"Không có lệnh {command}. Gõ /help để xem các lệnh, hoặc gõ câu hỏi không bắt đầu bằng \"/\".");
                continue;
            }

            // "+ …" continues the previous question (a follow-up), like replying to the bot's answer in Telegram.
            var followUp = text.StartsWith('+') ? previous : null;
            var question = text.TrimStart('+').Trim();
            var answer = await answerer.AnswerAsync(question, followUp, cancellationToken);
            await output.WriteLineAsync(answer.Text);
            previous = question;
        }

        return 0;
    }
}
