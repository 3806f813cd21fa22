using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// A question asking two things, one of them an aspect ("có hiệu lực từ bao giờ"): the sentence saying that aspect is
/// quoted in the answer part, not displaced by a lead that holds the kind of fact only elsewhere (a year in a law's
/// name). Typed with and without diacritics.
/// </summary>
public sealed class AskedAspectQuoteTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public AskedAspectQuoteTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    [Theory]
    [InlineData("Luật dân chủ cơ sở giới thiệu ở Thái Bình 2024 có hiệu lực từ bao giờ, đi kèm nghị định số mấy?")]
    [InlineData("luat dan chu co so gioi thieu o thai binh 2024 co hieu luc tu bao gio, di kem nghi dinh so may?")]
    public async Task AspectAskedBesideANumber_SentenceSayingTheAspectIsInTheAnswerPart(string question)
    {
        var passage = new RetrievedPassage(1, 1, 0, "Hội nghị trực tuyến dân vận chính quyền năm 2024", null, string.Join('\n',
            "Tại hội nghị, báo cáo viên Ban Dân vận Trung ương truyền đạt 3 chuyên đề: Những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định 59/2023/NĐ-CP; Kỹ năng tổ chức đối thoại giữa người đứng đầu chính quyền với nhân dân; Công tác dân vận trong cải cách hành chính và chuyển đổi số.",
            "Báo cáo viên lưu ý Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023, quy định rõ những nội dung chính quyền cấp xã phải công khai."),
            "thai-binh.md", "Báo Thái Bình", new DateOnly(2024, 4, 11), "Thái Bình", 1.0);

        var answer = await _composer.ComposeAsync(question, [passage]);

        Assert.True(answer.Grounded, answer.Body);
        var answerPart = answer.Body.Split(AnswerTexts.ContextHeader)[0];
        Assert.True(answerPart.Contains("1/7/2023", StringComparison.Ordinal), answer.Body);
        Assert.Contains("59/2023/NĐ-CP", answerPart, StringComparison.Ordinal);
    }
}
