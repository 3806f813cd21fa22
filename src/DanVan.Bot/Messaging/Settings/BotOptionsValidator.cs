using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Settings;

/// <summary>Checks <see cref="BotOptions"/> at start (source-generated from its data annotations).</summary>
[OptionsValidator]
internal sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>
{
}
