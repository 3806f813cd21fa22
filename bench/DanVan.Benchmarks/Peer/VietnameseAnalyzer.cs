using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DanVan.Benchmarks.Peer;

/// <summary>
/// The analysis a .NET engineer would give Vietnamese in Lucene.Net: NFC, đ/Đ mapped to d/D (ASCIIFoldingFilter
/// leaves đ alone), the standard tokenizer, lower case, diacritics folded, then each syllable and each adjacent pair of
/// syllables as a shingle ("dân vận" → "dan", "van", "dan van"), since Vietnamese words are mostly two syllables.
/// </summary>
internal sealed class VietnameseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly NormalizeCharMap DStroke = BuildDStroke();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new ShingleFilter(stream, minShingleSize: 2, maxShingleSize: 2);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Text from users and files may be decomposed (a base letter then its marks); the tokenizer and the folding filter
    // expect composed letters. Passages are short, so reading one whole is cheap.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(DStroke, new StringReader(reader.ReadToEnd().Normalize(NormalizationForm.FormC)));

    /// <summary>The terms the analyzer makes of a text, in order (syllables and pairs interleaved, as the shingle filter emits them).</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static NormalizeCharMap BuildDStroke()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("đ", "d");
        builder.Add("Đ", "D");
        return builder.Build();
    }
}
