using System.Globalization;
using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class TextCutTests
{
    [Fact]
    public void Truncate_EmojiAcrossTheLimit_DropsTheWholeEmoji()
    {
        var text = new string('a', 1999) + "😀";

        var cut = TextCut.Truncate(text, 2000);

        Assert.Equal(new string('a', 1999), cut);
        Assert.True(IsValidUtf16(cut));
    }

    [Theory]
    [InlineData("Vie\u0323\u0302t", 3, "Vi")]
    [InlineData("a👍🏽b", 3, "a")]
    [InlineData("a👍🏽b", 5, "a👍🏽")]
    [InlineData("x🇻🇳🇻🇳", 5, "x🇻🇳")]
    [InlineData("x🇻🇳🇻🇳", 8, "x🇻🇳")]
    [InlineData("ab\r\ncd", 3, "ab")]
    [InlineData("short", 10, "short")]
    [InlineData("", 0, "")]
    public void Truncate_CutsOnlyAtGraphemeBoundaries(string text, int max, string expected)
    {
        Assert.Equal(expected, TextCut.Truncate(text, max));
    }

    [Fact]
    public void Clip_LongText_EndsWithEllipsisWithinTheLimit()
    {
        var clipped = TextCut.Clip("Công tác dân vận là nhiệm vụ của cả hệ thống chính trị", 20);

        Assert.True(clipped.Length <= 20);
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
        Assert.StartsWith("Công tác dân vận", clipped, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundaryAtOrBefore_FarFromAnyAsciiCharacter_StillNeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 5000));

        foreach (var index in new[] { 1, 2, 3, 4999, 5001, 9999 })
        {
            var boundary = TextCut.BoundaryAtOrBefore(text, index);
            Assert.True(boundary <= index && boundary % 2 == 0, $"{index} → {boundary}");
        }
    }

    [Fact]
    public void Truncate_EveryLengthOfMixedText_IsAPrefixOfWholeGraphemes()
    {
        var text = "Dân vận 👍🏽 khéo, e\u0301 🇻🇳 ✊🏿\r\n".Normalize(NormalizationForm.FormC) + "đ\u0300";
        var boundaries = new HashSet<int> { 0 };
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            boundaries.Add(enumerator.ElementIndex + ((string)enumerator.Current).Length);
        }

        for (var max = 0; max <= text.Length; max++)
        {
            var cut = TextCut.Truncate(text, max);
            Assert.Contains(cut.Length, boundaries);
            Assert.Equal(boundaries.Where(b => b <= max).Max(), cut.Length);
        }
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
