using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Chat shorthand and regional speech are read as the standard words (the shipped <c>spokenForms</c> of words.json), one
/// kind of word at a time; a form the index may write as a word of the materials stays as typed.
/// </summary>
public sealed class SpokenFormsTests
{
    // Terms (syllables and pairs "a_b") each held by the given number of passages of a 100-passage index.
    private static Vocabulary Index(int uses, params string[] terms) => new(terms.ToDictionary(t => t, _ => uses), 100);

    private static readonly Vocabulary Courses = Index(6, "lop", "hoc", "lop_hoc", "ca", "mau", "ca_mau", "khai", "mac", "khai_mac", "mo", "hinh", "mo_hinh");

    [Theory]
    [InlineData("hieu truong ten j vay", "hieu truong ten gi vay")]
    [InlineData("co dc cap chung chi ko ad", "co duoc cap chung chi khong ad")]
    [InlineData("dang ky bn mo hinh", "dang ky bao nhieu mo hinh")]
    [InlineData("bn ơi cho hỏi", "bạn ơi cho hỏi")]
    [InlineData("lam sao vs dan", "lam sao voi dan")]
    [InlineData("tuyên quang có bi nhiêu học viên", "tuyên quang có bao nhiêu học viên")]
    public void Teencode_IsTheStandardWord_KeepingTheQuestionsForm(string typed, string read) =>
        Assert.Equal(read, SpokenForms.Standard(typed, Courses));

    [Theory]
    [InlineData("Lớp Cà Mau khai mạc bữa mô rứa?", "Lớp Cà Mau khai mạc hôm nào vậy?")]
    [InlineData("vì răng tỉnh mở lớp", "vì sao tỉnh mở lớp")]
    [InlineData("chừng nào khai mạc", "khi nào khai mạc")]
    [InlineData("lớp học nội dung chi", "lớp học nội dung gì")]
    [InlineData("mô hình khéo phải tự hỏi mấy câu chi", "mô hình khéo phải tự hỏi mấy câu gì")] // Central "chi" after an asked noun
    [InlineData("lop hoc ky nang chi", "lop hoc ky nang gi")]
    [InlineData("ông Khánh nói chi về chuyển đổi số", "ông Khánh nói gì về chuyển đổi số")]
    [InlineData("ông Khánh nói gì thế về chuyển đổi số", "ông Khánh nói gì về chuyển đổi số")]
    [InlineData("tuyen quang (hong phai quang tri) xay dung bao nhieu mo hinh", "tuyen quang (khong phai quang tri) xay dung bao nhieu mo hinh")]
    public void RegionalQuestionWord_IsTheStandardOne(string typed, string read) =>
        Assert.Equal(read, SpokenForms.Standard(typed, Courses));

    [Theory]
    [InlineData("mấy ổng mời ai đi học", "họ mời ai đi học")]
    [InlineData("Bả Hảo dặn tụi cán bộ", "Bà Hảo dặn các cán bộ")]
    [InlineData("may ong moi ai di hoc", "ho moi ai di hoc")]
    public void RegionalPronoun_IsTheStandardOne_TypedWithOrWithoutDiacritics(string typed, string read) =>
        Assert.Equal(read, SpokenForms.Standard(typed, Courses));

    [Theory]
    [InlineData("Bữa nay Cà Mau mở lớp", "Hôm nay Cà Mau mở lớp")]
    [InlineData("bữa qua lớp khai mạc chưa", "hôm qua lớp khai mạc chưa")]
    [InlineData("tỉnh lo vụ này dữ vậy", "tỉnh lo việc này vậy")]
    [InlineData("cho tui hỏi nghen", "cho tôi hỏi nhé")]
    [InlineData("bà con hiến đất mần đường", "bà con hiến đất làm đường")]
    public void TimeWordParticleIntensifierAndVerb_AreTheStandardOnes(string typed, string read) =>
        Assert.Equal(read, SpokenForms.Standard(typed, Courses));

    [Fact]
    public void FormTheIndexWrites_StaysAsTyped()
    {
        // "hông" written by the materials in that spelling; "hong" a common folded syllable (Hồng); "mô" beside "hình".
        var spellings = new HashSet<string> { VietnameseText.SpellingKey("hông", "hong") };
        var written = new Vocabulary(new Dictionary<string, int> { ["hong"] = 5, ["lop"] = 5 }, 100, spellings: spellings);

        Assert.Equal("có lãnh đạo hông", SpokenForms.Standard("có lãnh đạo hông", written));
        Assert.Equal("co lanh dao hong", SpokenForms.Standard("co lanh dao hong", written));
        Assert.Equal("có lãnh đạo không", SpokenForms.Standard("có lãnh đạo hông", Courses));
        Assert.Equal("ở mô hình nào", SpokenForms.Standard("ở mô hình nào", Courses));
        Assert.Equal("quy tac do goi la gi", SpokenForms.Standard("quy tac do goi la gi", Courses)); // "gòi" is rồi, "goi" gọi
        Assert.Equal("ở đâu vậy", SpokenForms.Standard("ở mô vậy", Courses));
        Assert.Equal("nói về chi bộ", SpokenForms.Standard("nói về chi bộ", Index(6, "chi", "bo", "chi_bo")));
        Assert.Equal("nhiệm vụ này", SpokenForms.Standard("nhiệm vụ này", Index(6, "nhiem", "vu", "nhiem_vu")));
        Assert.Equal("tinh mo lop", SpokenForms.Standard("tinh mo lop", Index(6, "tinh", "mo", "tinh_mo")));
        Assert.Equal("tỉnh nào vậy", SpokenForms.Standard("tỉnh mô vậy", Index(6, "tinh", "mo", "tinh_mo")));
    }

    [Fact]
    public void RareFoldedSyllable_IsStillTheSpokenForm_UnlessBesideItsNeighbours()
    {
        // One passage of a hundred writes the name "Kô Ho": "ko" alone is the chat "không", "ko ho" the name.
        var names = Index(1, "ko", "ho", "ko_ho");

        Assert.Equal("phai khong", SpokenForms.Standard("phai ko", names));
        Assert.Equal("nguoi ko ho", SpokenForms.Standard("nguoi ko ho", names));
    }

    [Theory]
    [InlineData("giai V-League mua nay")]
    [InlineData("ke hoach so 45-kh/j cua tinh uy")]
    [InlineData("Bữa hổm nghe nói lớp đông")] // chat around the question, read by the lexicon's form.chat
    public void CodeCapitalLetterOrChatOpener_StaysAsTyped(string typed) =>
        Assert.Equal(typed, SpokenForms.Standard(typed, Courses));

    [Fact]
    public void PieceOfASplitWord_IsLeftForTheSpellingStep() =>
        Assert.Equal("d an v an k hong", SpokenForms.Standard("d an v an k hong", Index(6, "dan", "van", "khong")));

    [Fact]
    public void AbbreviationInCapitals_StaysAsTyped() =>
        Assert.Equal("ĐC Lê Thanh Triều được mời", SpokenForms.Standard("ĐC Lê Thanh Triều dc mời", Courses));

    [Theory]
    [InlineData("dc truong ban ten gi", "dc truong ban ten gi")] // the index writes "đồng chí Trưởng ban", not "được trưởng"
    [InlineData("hoi nghi co dc nguyen van a du", "hoi nghi co dc nguyen van a du")]
    [InlineData("co dc cap giay ko", "co duoc cap giay khong")] // "có đồng" is written, "chí cấp" is not: được
    [InlineData("hoc vien dc cap giay ko", "hoc vien duoc cap giay khong")] // neither sense written beside it: the chat word
    [InlineData("dc truong ban ten gi", "duoc truong ban ten gi", false)] // with no "chi_truong" in the index, được
    public void ShortFormThatIsAlsoAnAbbreviation_IsTheSenseItsNeighboursSupport(string typed, string read, bool writesTitle = true)
    {
        // Many passages write the abbreviation "Đc" (đồng chí) alone, and "đồng chí" before titles and names.
        var terms = new[] { "dc", "dong", "chi", "dong_chi", "co_dong", "chi_nguyen", "co_duoc", "duoc_cap", "duoc", "cap", "truong", "ban", "truong_ban" };
        var index = Index(10, writesTitle ? [.. terms, "chi_truong"] : terms);

        Assert.Equal(read, SpokenForms.Standard(typed, index));
    }

    [Fact]
    public void QuestionSpelling_ReadsSpokenFormsFirst() =>
        Assert.Equal("lop hoc ten gi", QuestionSpelling.Correct("lop hoc ten j", Courses));
}
