using DanVan.Core.Answering;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>ask --json</c> on stdin: exactly one JSON line out per line in, whatever a line holds, so outputs line up with
/// inputs. A blank line, or a question whose answering fails, gets <c>{"question","error"}</c> and the batch goes on.
/// </summary>
internal static class AskBatch
{
    public const string BlankLineError = "Dòng trống: không có câu hỏi.";

    public static async Task RunAsync(IQuestionAnswerer answerer, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            string json;
            if (string.IsNullOrWhiteSpace(line))
            {
                json = AnswerJson.SerializeError(line, BlankLineError);
            }
            else
            {
                try
                {
                    json = AnswerJson.Serialize(await answerer.AnswerAsync(line, cancellationToken: cancellationToken));
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    json = AnswerJson.SerializeError(line, $"Không trả lời được câu hỏi này do lỗi nội bộ ({ex.GetType().Name}).");
                }
            }

            // Flushed at once so a caller can pipe questions in and read answers as they come.
            await output.WriteLineAsync(json);
            await output.FlushAsync(cancellationToken);
        }
    }
}
