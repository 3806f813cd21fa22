using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// A question typed without diacritics (folded to ASCII as <c>eval --parity</c> folds it) decides as the question typed
/// with them: its folded syllables are not read as another word — a topic of another field across a comma, a name
/// holding a question word, an office inside a school's name, a function word where a unit stands, a speaker lost for
/// want of capitals.
/// </summary>
public sealed class FoldedQuestionParityTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public FoldedQuestionParityTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static RetrievedPassage Passage(string title, string text, string province) =>
        new(1, 1, 0, title, null, text, "test.md", "Báo " + province, new DateOnly(2023, 5, 18), province, 1.0);

    // The question typed and folded to ASCII: both answered, or both not.
    private async Task AssertBothForms(string question, RetrievedPassage passage, bool answered)
    {
        foreach (var form in new[] { question, VietnameseText.Fold(question) })
        {
            var answer = await _composer.ComposeAsync(form, [passage]);
            Assert.True(answered == (answer.Outcome == AnswerOutcome.Answered), $"{form}: {answer.Outcome}");
        }
    }

    private Task AssertBothDeclined(string question, RetrievedPassage passage) => AssertBothForms(question, passage, answered: false);

    // "người dự, học mấy hôm" folded is "nguoi du, hoc may hom": no "du học" across the comma.
    [Fact]
    public Task ComposeAsync_TopicOfAnotherFieldAcrossAComma_IsNoTopicFolded() =>
        AssertBothForms("Quảng Trị năm 2023: lớp tập huấn dân vận khéo có bao nhiêu người dự, học mấy ngày?",
            Passage("Quảng Trị tập huấn mô hình Dân vận khéo năm 2023", "Năm 2023, lớp tập huấn dân vận khéo của tỉnh Quảng Trị có 185 người dự, diễn ra trong 2 ngày.", "Quảng Trị"),
            answered: true);

    // "xa do ai cam dau": "ai" asks a person, no commune is named "Do Ai".
    [Fact]
    public Task ComposeAsync_WordsAfterALocalityHoldingAQuestionWord_AreNoNameFolded() =>
        AssertBothForms("Theo quy chế Phước Thịnh, khối dân vận xã do ai làm trưởng khối?",
            Passage("Quy chế công tác dân vận xã Phước Thịnh", "Khối dân vận xã Phước Thịnh gồm: Phó Bí thư Thường trực Đảng ủy xã, đồng chí Trần Văn Hải (Trưởng khối); Chủ tịch Ủy ban MTTQ xã (Phó Trưởng khối).", "Bình Phước"),
            answered: true);

    // "to dan van thon hop …": the hamlet's team meets ("họp", a course's act), no hamlet is named "Hop Thua".
    [Fact]
    public Task ComposeAsync_CourseActAfterALevelFolded_IsNoName() =>
        AssertBothForms("Ở xã Phước Thịnh, tổ dân vận thôn họp thưa hay dày hơn khối dân vận xã? Mỗi bên bao lâu họp một lần?",
            Passage("Quy chế công tác dân vận xã Phước Thịnh", "2. Khối dân vận xã họp định kỳ mỗi quý một lần.\n3. Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn và chi hội trưởng các đoàn thể; họp 2 tháng một lần.", "Bình Phước"),
            answered: true);

    // "do Truong Chinh tri tinh phoi hop": the school, no "trưởng" asked (lexicon word "trường chính trị").
    [Fact]
    public Task ComposeAsync_SchoolNameFolded_IsNoOfficeAsked() =>
        AssertBothForms("Lớp bồi dưỡng do Trường Chính trị tỉnh Cà Mau phối hợp tổ chức ngày 1/11 thì ai phát biểu khai mạc?",
            Passage("Cà Mau bồi dưỡng nghiệp vụ công tác dân vận", "Sáng 1/11, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh Cà Mau tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận. Đồng chí Lê Thanh Triều, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp bồi dưỡng.", "Cà Mau"),
            answered: true);

    // "bao nhieu ho ngheo": hộ, the unit counted, not "họ" — and the material counts no households.
    [Fact]
    public Task ComposeAsync_UnitFoldedLikeAFunctionWord_IsStillTheUnitCounted() =>
        AssertBothDeclined("tuyên quang giai đoạn 2021-2022 xây dựng được bao nhiêu hộ nghèo dân vận khéo?",
            Passage("Tuyên Quang xây dựng mô hình Dân vận khéo", "Giai đoạn 2021 – 2022, tỉnh Tuyên Quang đã xây dựng 2.034 mô hình “Dân vận khéo”.", "Tuyên Quang"));

    // "ong nguyen duc khanh o lop … noi gi ve chuyen doi so": the speaker ends where a function word starts, capitals or not.
    [Fact]
    public Task ComposeAsync_WhatANamedPersonSaidFolded_NeedsTheTopicToo() =>
        AssertBothDeclined("Ông Nguyễn Đức Khánh ở lớp Tuyên Quang có nói gì về chuyển đổi số không?",
            Passage("Tuyên Quang tập huấn Dân vận khéo", "Chia sẻ tại lớp học, ThS. Nguyễn Đức Khánh nhấn mạnh: “Dân vận khéo” là phương pháp làm việc của cả hệ thống chính trị.", "Tuyên Quang"));

    // "xa ky son" typed without diacritics: no passage of the index writes "xa ky" or "ky son", so "ky" is the name's
    // syllable (Kỳ), not the act "ký", and the commune must be in the evidence, as "xã Kỳ Sơn" typed must.
    [Fact]
    public Task ComposeAsync_CommuneFoldedWithAWordTheLexiconKnows_IsStillNamed() =>
        AssertBothDeclined("Theo quy chế dân vận xã Kỳ Sơn, chủ tịch UBND xã tiếp công dân mấy ngày trong tháng?",
            Passage("Quy chế công tác dân vận xã Phước Thịnh", "Điều 5. Chủ tịch UBND xã trực tiếp tiếp công dân định kỳ ít nhất 02 ngày trong tháng.", "Bình Phước"));
}
