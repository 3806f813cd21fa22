using Microsoft.Extensions.Options;

namespace DanVan.Core.Questions;

/// <summary>Checks <see cref="QuestionLogOptions"/> at start (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class QuestionLogOptionsValidator : IValidateOptions<QuestionLogOptions>
{
}
