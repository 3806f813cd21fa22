using Microsoft.Extensions.Options;

namespace DanVan.Core.Reading;

/// <summary>Checks <see cref="ReadingListOptions"/> at start (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class ReadingListOptionsValidator : IValidateOptions<ReadingListOptions>
{
}
