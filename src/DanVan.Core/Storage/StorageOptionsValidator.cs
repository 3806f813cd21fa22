using Microsoft.Extensions.Options;

namespace DanVan.Core.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
}
