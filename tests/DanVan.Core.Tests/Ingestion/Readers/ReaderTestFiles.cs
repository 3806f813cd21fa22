using System.Text;
using DanVan.Core.Ingestion.Readers.Docx;
using DanVan.Core.Ingestion.Readers.Html;
using DanVan.Core.Ingestion.Readers.Pdf;
using DanVan.Core.Ingestion.Readers.PlainText;
using DanVan.Core.Ingestion.Readers;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Ingestion.Readers;

/// <summary>Shared inputs for reader tests: committed fixtures, a registry, Windows-1258 encoding.</summary>
internal static class ReaderTestFiles
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] VietnamesePdf() => File.ReadAllBytes(FixturePath("vietnamese-two-pages.pdf"));

    public static DocumentReaderRegistry Registry(IngestionOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new IngestionOptions());
        return new DocumentReaderRegistry(
            [new PdfReader(wrapped), new DocxReader(), new HtmlReader(), new PlainTextReader()], wrapped);
    }

    /// <summary>
    /// Encodes Vietnamese as Windows-1258 does: precomposed letters where the code page has them, otherwise the base
    /// letter followed by a combining tone mark (the code page has no precomposed toned vowels like "ở").
    /// </summary>
    public static byte[] EncodeWindows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strict = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            try
            {
                bytes.AddRange(strict.GetBytes(c.ToString()));
            }
            catch (EncoderFallbackException)
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var tone = decomposed.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
                var baseLetter = new string(decomposed.Where(m => !tone.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC);
                bytes.AddRange(strict.GetBytes(baseLetter + new string(tone)));
            }
        }

        return [.. bytes];
    }
}
