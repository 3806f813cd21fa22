using System.Text;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Answering;

namespace DanVan.Bot.Tests.Messaging.Replies;

public sealed class AnswerHtmlFormatterTests
{
    [Fact]
    public void Format_GroundedAnswer_EscapesTextAndBoldsSourcesLabel()
    {
        var answer = new Answer("q", "Theo <Luật> & Nghị định [1].\n\nNguồn:\n[1] Tài liệu \"A\" > B", true, []);

        var html = AnswerHtmlFormatter.Format(answer);

        Assert.Equal("Theo &lt;Luật&gt; &amp; Nghị định [1].\n\n<b>Nguồn:</b>\n[1] Tài liệu \"A\" &gt; B", html);
    }

    [Fact]
    public void Format_SourcesLabelInDecomposedForm_StillBold()
    {
        var text = "Nội dung [1]\n\n" + "Nguồn:".Normalize(NormalizationForm.FormD) + "\n[1] X";

        var html = AnswerHtmlFormatter.Format(new Answer("q", text, true, []));

        Assert.Contains("<b>Nguồn:</b>\n[1] X", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SourcesOnSameLine_OnlyLabelBold()
    {
        var html = AnswerHtmlFormatter.Format(new Answer("q", "A [1]\nNguồn: [1] <X>", true, []));

        Assert.Equal("A [1]\n<b>Nguồn:</b> [1] &lt;X&gt;", html);
    }

    [Fact]
    public void Format_AnswerWithContext_ContextLabelBoldOnItsOwnLine()
    {
        var text = "Trong 3 ngày (27-29/8) [1]\n\n" + AnswerTexts.ContextHeader + "\nSáng 27/8 <khai mạc> [1]\n\nNguồn:\n[1] X";

        var html = AnswerHtmlFormatter.Format(new Answer("q", text, true, []));

        Assert.Equal("Trong 3 ngày (27-29/8) [1]\n\n<b>" + AnswerTexts.ContextHeader + "</b>\nSáng 27/8 &lt;khai mạc&gt; [1]\n\n<b>Nguồn:</b>\n[1] X", html);
    }

    [Fact]
    public void Format_UngroundedAnswerWithoutSources_OnlyEscaped()
    {
        var html = AnswerHtmlFormatter.Format(new Answer("q", "Tài liệu hiện có chưa đề cập <nội dung> này.\r\n", false, []));

        Assert.Equal("Tài liệu hiện có chưa đề cập &lt;nội dung&gt; này.", html);
    }
}
