using Microsoft.Extensions.Options;

namespace DanVan.Bot.Cli;

/// <summary>How every verb reports options that failed validation: one line per failure, never a stack trace.</summary>
internal static class ConfigurationErrors
{
    /// <summary>The messages of an OptionsValidationException, or of several inside an AggregateException.</summary>
    public static List<string> Messages(Exception exception) => exception switch
    {
        OptionsValidationException single => single.Failures.ToList(),
        AggregateException many => many.InnerExceptions.SelectMany(Messages).ToList(),
        _ => [],
    };

    /// <summary>Writes the failures to standard error under one Vietnamese heading.</summary>
    public static async Task ReportAsync(IReadOnlyList<string> failures)
    {
        await Console.Error.WriteLineAsync("Cấu hình không hợp lệ:");
        foreach (var failure in failures)
        {
            await Console.Error.WriteLineAsync("  - " + failure);
        }
    }
}
