using DanVan.Core.Answering;

namespace DanVan.Core.Tests.Answering;

public sealed class SourceListFormatterTests
{
    private static AnswerSource Source(int rank, string title, string? section = null, DateOnly? published = null, string? publisher = null) =>
        new(rank, 1, 2, title, section, null, publisher, published, 1.0, "text");

    [Fact]
    public void FormatLine_AllFields_TitleSectionDatePublisher()
    {
        var line = SourceListFormatter.FormatLine(Source(2, "Quy chế dân chủ", "Điều 5", new DateOnly(2022, 7, 1), "Ban Dân vận Trung ương"));

        Assert.Equal("[2] Quy chế dân chủ › Điều 5 — 01/07/2022 — Ban Dân vận Trung ương", line);
    }

    [Fact]
    public void FormatLine_OnlyTitle_NoSeparators()
    {
        Assert.Equal("[1] Sổ tay dân vận", SourceListFormatter.FormatLine(Source(1, "Sổ tay dân vận")));
    }

    [Fact]
    public void FormatLine_PublisherWithoutDate_PublisherAfterTitle()
    {
        Assert.Equal("[1] Sổ tay — Tỉnh ủy", SourceListFormatter.FormatLine(Source(1, "Sổ tay", " ", null, "Tỉnh ủy")));
    }

    [Fact]
    public void FormatLine_SectionSameAsTitle_NotRepeated()
    {
        Assert.Equal("[1] Sổ tay", SourceListFormatter.FormatLine(Source(1, "Sổ tay", "sổ tay")));
    }

    [Fact]
    public void Compose_WithSources_BodyBlankLineThenBlock()
    {
        var text = SourceListFormatter.Compose("Nội dung [1][2].", [Source(1, "A"), Source(2, "B", published: new DateOnly(2024, 12, 31))]);

        Assert.Equal("Nội dung [1][2].\n\nNguồn:\n[1] A\n[2] B — 31/12/2024", text);
    }

    [Fact]
    public void Compose_NoSources_BodyOnly()
    {
        Assert.Equal(AnswerTexts.NotInMaterials, SourceListFormatter.Compose(AnswerTexts.NotInMaterials, []));
    }
}
