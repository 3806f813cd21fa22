using Microsoft.Extensions.Options;

namespace DanVan.Core.LanguageModels;

/// <summary>Checks <see cref="LlmOptions"/> at start (source-generated from its data annotations and cross-field rules).</summary>
[OptionsValidator]
public sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
}
