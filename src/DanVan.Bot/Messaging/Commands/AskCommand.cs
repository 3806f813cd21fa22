using DanVan.Bot.Messaging.Handling;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>
/// /ask &lt;question&gt;: the way to ask in a group. Sent without a question as a reply to someone's message, it asks that
/// message's text.
/// </summary>
internal sealed class AskCommand : IBotCommand
{
    private readonly QuestionResponder _questions;
    private readonly BotIdentity _identity;

    public AskCommand(QuestionResponder questions, BotIdentity identity)
    {
        _questions = questions;
        _identity = identity;
    }

    public string Name => "ask";

    public string Description => "Đặt câu hỏi về công tác dân vận";

    public bool AdminOnly => false;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var question = context.Arguments;
        if (string.IsNullOrWhiteSpace(question)
            && context.Message.ReplyToMessage is { Text: { } quoted } replied
            && replied.From?.Id != _identity.Id)
        {
            question = quoted;
        }

        return _questions.AnswerAsync(context.Message, question, cancellationToken);
    }
}
