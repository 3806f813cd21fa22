using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// Function words of a question read as the answerer reads it (<see cref="QuestionReading"/>): a preposition before a
/// name, a magnitude of the count asked, discourse and additive words are searched for nothing, so they do not lower the
/// relevance of the passage that answers; nor is a locative the word a time hangs on.
/// </summary>
public sealed class QuestionReadingTests : IClassFixture<KnowledgeFixture>
{
    private readonly Retriever _retriever;

    public QuestionReadingTests(KnowledgeFixture fixture) => _retriever = fixture.Services.Get<Retriever>();

    private async Task<double> Relevance(string question) =>
        (await _retriever.SearchAsync(QuestionReading.Read(question, _retriever.Vocabulary, _retriever.Lexicon))).Relevance;

    [Theory]
    [InlineData("Khóa tập huấn 2023 bên Tuyên Quang kéo dài mấy ngày?", "Khóa tập huấn 2023 Tuyên Quang kéo dài mấy ngày?")] // a province
    [InlineData("khoa tap huan 2023 ben Tuyen Quang keo dai may ngay", "khoa tap huan 2023 Tuyen Quang keo dai may ngay")] // typed without diacritics
    [InlineData("Trưởng Ban Dân vận Tỉnh ủy Hà Nam hồi 2022 là ai?", "Trưởng Ban Dân vận Tỉnh ủy Hà Nam 2022 là ai?")] // a year
    [InlineData("Lớp Tuyên Quang 2023 có mấy trăm học viên?", "Lớp Tuyên Quang 2023 có mấy học viên?")] // a magnitude
    [InlineData("Bà Đinh Thị Lụa còn kiêm thêm chức gì nữa vậy?", "Bà Đinh Thị Lụa kiêm chức gì?")] // discourse and additive words
    [InlineData("Cuối khóa ở Tuyên Quang học viên làm cái bài kiểm tra gì?", "Cuối khóa ở Tuyên Quang học viên làm bài kiểm tra gì?")] // a classifier
    public async Task Read_FunctionWords_DoNotLowerRelevance(string question, string withoutThem)
    {
        var expected = await Relevance(withoutThem);
        Assert.True(expected >= 0.26, $"the plain question should be relevant ({expected:0.000})");
        var actual = await Relevance(question);
        Assert.True(actual >= expected - 0.001, $"{actual:0.000} < {expected:0.000}");
    }

    [Theory]
    [InlineData("Tổ dân vận thôn và khối dân vận xã, mỗi bên bao lâu họp một lần?")]
    [InlineData("to dan van thon va khoi dan van xa, moi ben bao lau hop mot lan")]
    public void Read_LocativeBeforeATimeAsker_IsNoFocus(string question) =>
        Assert.True(For(QuestionReading.Read(question, _retriever.Vocabulary, _retriever.Lexicon))
            .HoldsFocus(IndexText.Tokens("Khối dân vận xã họp định kỳ mỗi quý một lần.")));
}
