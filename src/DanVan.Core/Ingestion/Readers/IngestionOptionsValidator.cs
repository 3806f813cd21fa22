using Microsoft.Extensions.Options;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>Checks <see cref="IngestionOptions"/> at start (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
}
