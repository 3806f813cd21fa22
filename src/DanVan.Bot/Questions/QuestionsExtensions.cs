using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Questions;

/// <summary>Registers the question log's hosting part: the daily retention purge (runs only under <c>run</c>).</summary>
public static class QuestionsExtensions
{
    public static IHostApplicationBuilder AddQuestionLog(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<QuestionRetentionService>();
        return builder;
    }
}
