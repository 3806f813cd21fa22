using System.CommandLine;
using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json "question"</c>, and <c>ask --json</c> reading one question per line from stdin.</summary>
internal static class AskVerb
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question") { Description = "Câu hỏi (có thể không dấu).", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON; không có câu hỏi thì đọc từng dòng từ stdin." };
        var command = new Command("ask", "Hỏi một câu và in câu trả lời kèm nguồn.") { question, json };
        command.SetAction((parse, ct) => ExecuteAsync(string.Join(' ', parse.GetValue(question) ?? []), parse.GetValue(json), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string question, bool json, CancellationToken cancellationToken)
    {
        await using var context = await CliContext.CreateAsync(syncKnowledge: true, cancellationToken);
        if (context is null)
        {
            return 1;
        }

        var answerer = context.Get<IQuestionAnswerer>();
        if (json && string.IsNullOrWhiteSpace(question) && Console.IsInputRedirected)
        {
            await AskBatch.RunAsync(answerer, Console.In, Console.Out, cancellationToken);
            return 0;
        }

        var result = await answerer.AnswerAsync(question, cancellationToken: cancellationToken);
        await Console.Out.WriteLineAsync(json ? AnswerJson.Serialize(result) : result.Text);
        return 0;
    }
}
