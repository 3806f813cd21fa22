using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Settings;

/// <summary>Checks <see cref="TelegramOptions"/> at start (source-generated from its data annotations and cross-field rules). Never echoes the token.</summary>
[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
}
