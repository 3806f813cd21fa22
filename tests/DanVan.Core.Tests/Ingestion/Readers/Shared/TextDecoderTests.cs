using System.Text;
using DanVan.Core.Ingestion.Readers.Shared;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Tests.Ingestion.Readers.Shared;

public sealed class TextDecoderTests
{
    private const string Vietnamese = "Công tác dân vận ở cơ sở: Đảng lãnh đạo, nhân dân làm chủ, vận động quần chúng.";

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsText()
    {
        Assert.Equal(Vietnamese, TextDecoder.Decode(Encoding.UTF8.GetBytes(Vietnamese)));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Vietnamese)).ToArray();

        Assert.Equal(Vietnamese, TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithBom_ReturnsText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Vietnamese)).ToArray();

        Assert.Equal(Vietnamese, TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithoutBom_DetectsByteOrderFromZeroBytes(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Vietnamese);

        Assert.Equal(Vietnamese, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_Windows1258_DecodesVietnameseToNfc()
    {
        var bytes = ReaderTestFiles.EncodeWindows1258(Vietnamese);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes)); // the test input really is legacy-encoded

        var text = TextDecoder.Decode(bytes);

        Assert.Equal(Vietnamese, text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decode_Latin1FrenchText_ThrowsWithSaveAsUtf8Advice()
    {
        var bytes = Encoding.Latin1.GetBytes("Ça, c'est la façon française: garçon, señor, Straße, Ølbø.");

        var error = Assert.Throws<DocumentFormatException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Decode_RandomBytes_ThrowsDocumentFormatException()
    {
        var random = new Random(20240501);
        var bytes = new byte[2048];
        random.NextBytes(bytes);

        var error = Assert.Throws<DocumentFormatException>(() => TextDecoder.Decode(bytes));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Decode_AsciiWithManyControlCharacters_IsNotText()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        var error = Assert.Throws<DocumentFormatException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("nhị phân", error.Message);
    }

    [Fact]
    public void Decode_DecomposedTextWithWindowsLineBreaksAndOddSpaces_IsNormalised()
    {
        var input = "Dân\u00A0vận\r\nkhéo\u200B léo\r\n\tviệc".Normalize(NormalizationForm.FormD);

        var text = TextDecoder.Decode(Encoding.UTF8.GetBytes(input));

        Assert.Equal("Dân vận\nkhéo léo\n\tviệc", text);
    }

    [Fact]
    public void Decode_LongTextWithOneStrayControlCharacter_StripsIt()
    {
        var input = string.Concat(Enumerable.Repeat(Vietnamese + " ", 3)) + "\u0007cuối.";

        var text = TextDecoder.Decode(Encoding.UTF8.GetBytes(input));

        Assert.EndsWith("chúng. cuối.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_TruncatedMultibyteCharacterAtEnd_FailsOnlyForWholeFiles()
    {
        var bytes = Encoding.UTF8.GetBytes("Dân vận ở");
        var cut = bytes[..^1]; // "ở" is three bytes; drop the last one

        Assert.False(TextDecoder.TryDecode(cut, out _, out _));
        Assert.Equal("Dân vận ", TextDecoder.DecodeRaw(cut, truncated: true, out _));
    }
}
