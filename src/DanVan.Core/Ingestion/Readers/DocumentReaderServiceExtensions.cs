using DanVan.Core.Settings;
using DanVan.Core.Ingestion.Readers.Docx;
using DanVan.Core.Ingestion.Readers.Html;
using DanVan.Core.Ingestion.Readers.Pdf;
using DanVan.Core.Ingestion.Readers.PlainText;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>Registers the document readers, their options (section "Ingestion") and <see cref="DocumentReaderRegistry"/>.</summary>
public static class DocumentReaderServiceExtensions
{
    public static IServiceCollection AddDocumentReaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<IngestionOptions, IngestionOptionsValidator>(IngestionOptions.SectionName);

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IDocumentReader, PdfReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, DocxReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, HtmlReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, PlainTextReader>(),
        ]);
        services.TryAddSingleton<DocumentReaderRegistry>();
        return services;
    }
}
