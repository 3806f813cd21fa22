using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// A question's typos are read as the words meant before it is searched and answered: keyboard residue decoded, words
/// run together split, split words joined, a misspelt word read as the known syllable its neighbours are written with.
/// Words that could be meant as typed, names and abbreviations stay as typed.
/// </summary>
public sealed class QuestionSpellingTests
{
    // Terms (syllables and pairs "a_b") each held by the given number of passages of a 50-passage index.
    private static Vocabulary Index(int uses, params string[] terms) => new(terms.ToDictionary(t => t, _ => uses), 50);

    private static readonly Vocabulary Courses = Index(6,
        "tap", "huan", "dan", "van", "tap_huan", "huan_dan", "dan_van", "ninh", "binh", "ninh_binh", "binh_nam", "nam",
        "phuoc", "thinh", "xa", "xa_phuoc", "phuoc_thinh", "lan", "thu", "lan_thu", "muoi", "phan", "tram", "hoc", "vien",
        "hoc_vien", "khai", "giang", "khai_giang", "ke", "hoach", "ke_hoach", "trien", "trien_khai");

    [Theory]
    [InlineData("vieejt", "việt")]
    [InlineData("ddeer", "để")]
    [InlineData("hocj", "học")]
    [InlineData("Tuyeen", "Tuyên")]
    [InlineData("phuwowcs", "phước")]
    [InlineData("uyr", "ủy")]
    [InlineData("d9a8k1", "đắk")]
    [InlineData("nao2", "nào")]
    [InlineData("ho5c", "học")]
    public void Decode_KeyboardResidue_IsTheSyllableTyped(string typed, string syllable) =>
        Assert.Equal(syllable, QuestionSpelling.Decode(typed));

    [Theory]
    [InlineData("van")]
    [InlineData("dân")]
    [InlineData("2016")]
    public void Decode_PlainWordOrNumber_IsNoResidue(string typed) => Assert.Null(QuestionSpelling.Decode(typed));

    // What search looks for where a word is none the index holds and no clear reading was found: its telex residue
    // decoded, else the most frequent indexed syllable an edit away. A tone key inside a word is no residue ("torng" is
    // "trong" with two letters swapped, not "tỏng"); VNI digits are read only where the reading is clear; possible
    // syllables, numbers and indexed words stay as typed.
    [Theory]
    [InlineData("daan", "dan")]
    [InlineData("vaanf", "van")]
    [InlineData("mas", "ma")]
    [InlineData("torng", "trong")]
    [InlineData("nheiu", "nhieu")]
    [InlineData("va6n5", "va6n5")]
    [InlineData("vang", "vang")]
    [InlineData("2016", "2016")]
    [InlineData("tong", "tong")]
    [InlineData("xyzq", "xyzq")]
    public void SearchTerm_WordNoPassageHolds_IsSearchedAsItsLikeliestReading(string folded, string searched)
    {
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["dan"] = 50, ["van"] = 40, ["trong"] = 30, ["tong"] = 5, ["ma"] = 10, ["nhieu"] = 20 }, 100);
        Assert.Equal(searched, QuestionSpelling.SearchTerm(folded, vocabulary));
    }

    [Theory]
    [InlineData("tap huan daan vaan ninh binh", "tap huan dan van ninh binh")]
    [InlineData("tập huấn dân vận Ninh Bìh", "tập huấn dân vận Ninh Binh")]
    [InlineData("tập huấn dân vận Ninh Bìnhh", "tập huấn dân vận Ninh Binh")]
    [InlineData("tập huấn dân vận Ninh Bnìh", "tập huấn dân vận Ninh Binh")]
    [InlineData("quán triệt lầnthư mấy", "quán triệt lần thư mấy")]
    [InlineData("bao nhiêu ph ần trăm học viên", "bao nhiêu phần trăm học viên")]
    [InlineData("xa Phuoc Th inh", "xa Phuoc Thinh")]
    [InlineData("xa Phuoc Thin co bao nhieu hoc vien", "xa Phuoc Thinh co bao nhieu hoc vien")]
    [InlineData("kế hoạch số mấy ddeer triển khai", "kế hoạch số mấy de triển khai")]
    public void Correct_Typo_IsReadAsTheKnownWord(string question, string expected) =>
        Assert.Equal(expected, QuestionSpelling.Correct(question, Courses));

    [Fact]
    public void Correct_MisspeltQuestionWord_IsReadAsTheLexiconsQuestionForm()
    {
        // "bao lâu" is a question form of the lexicon, not a word of the materials.
        Assert.Equal("khai giang bao lau", QuestionSpelling.Correct("khai giang bbao lau", Courses));
        Assert.Equal("khai giảng ngày nao", QuestionSpelling.Correct("khai giảng ngày naof", Courses));
    }

    [Theory]
    [InlineData("tập huấn dân vận Ninh Bình")] // nothing misspelt
    [InlineData("Messi ghi bao nhieu ban")] // a name the index lacks
    [InlineData("iPhone 16 Pro Max giá bao nhiêu")] // English, not telex ("max" is no "mã" without a neighbour)
    [InlineData("QC DV xã Phước Thịnh: ĐB HĐND xã TXCT khi nào")] // abbreviations
    [InlineData("hiến bao nhiêu m2 đất")] // a unit with a digit
    [InlineData("tập huấn dân vận ở Ninh Thuận")] // a word that can be meant as typed
    [InlineData("xa Phuoc Thin")] // could be a syllable as typed, and its neighbours are written beside "thinh" too rarely
    public void Correct_NothingToRead_LeavesTheQuestionAsTyped(string question)
    {
        var sparse = Index(2, "xa", "phuoc", "thinh", "xa_phuoc", "phuoc_thinh", "ninh", "binh", "ninh_binh", "dan", "van", "dan_van",
            "tap", "huan", "tap_huan", "ma", "ban", "gia", "dat", "ghi");

        Assert.Same(question, QuestionSpelling.Correct(question, sparse));
    }

    [Fact]
    public void Correct_PlainShortForm_IsReadWithTheLexiconsPairs()
    {
        // "du" (ĐU, Đảng ủy, or dự) after "bi thu": the index writes "thư đảng" once, as often as "dự và"; the lexicon's
        // "bí thư đảng ủy xã" counts too, so the short form is read. Without a lexicon pair ("du lich") it stays.
        var index = new Vocabulary(new Dictionary<string, int>
        {
            ["bi"] = 5, ["thu"] = 5, ["du"] = 5, ["va"] = 9, ["chu"] = 5, ["tich"] = 5, ["xa"] = 5, ["dang"] = 5, ["uy"] = 5, ["lich"] = 2,
            ["bi_thu"] = 5, ["thu_dang"] = 1, ["du_va"] = 1, ["chu_tich"] = 5, ["dang_uy"] = 3, ["du_lich"] = 2, ["di"] = 3,
        }, 50);

        Assert.StartsWith("bi thu dang uy va chu tich", QuestionSpelling.Correct("bi thu du va chu tich xa", index), StringComparison.Ordinal);
        Assert.StartsWith("di du lich", QuestionSpelling.Correct("di du lich", index), StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_TwoReadingsPairedAlike_IsNotGuessed()
    {
        // "vieb" is one edit from "vien" and "viet", each written beside "hoc" as often: no clear reading.
        var alike = Index(4, "hoc", "vien", "viet", "hoc_vien", "hoc_viet");
        var clear = new Vocabulary(new Dictionary<string, int> { ["hoc"] = 9, ["vien"] = 9, ["viet"] = 1, ["hoc_vien"] = 9, ["hoc_viet"] = 1 }, 50);

        Assert.Equal("hoc vieb", QuestionSpelling.Correct("hoc vieb", alike));
        Assert.Equal("hoc vien", QuestionSpelling.Correct("hoc vieb", clear));
    }

    [Fact]
    public void Correct_MarksTheIndexNeverWrites_AreReadAsAWrongTone()
    {
        // The index writes "từng" (and "tung"), "thông" and "thống" (hệ thống), "ngõ", "truyền".
        string[] written = ["tung|\u031b\u0300", "tung| ", "thong|\u0302 ", "thong|\u0302\u0301", "ngo|\u0303", "truyen|\u0302\u0300", "di| ", "di|\u0300"];
        var spellings = written.Select(System.Text.RegularExpressions.Regex.Unescape).ToHashSet(StringComparer.Ordinal);
        var terms = new Dictionary<string, int> { ["di"] = 5, ["tung"] = 5, ["ngo"] = 5, ["di_tung"] = 3, ["tung_ngo"] = 3, ["truyen"] = 5, ["thong"] = 9, ["truyen_thong"] = 4 };
        var vocabulary = new Vocabulary(terms, 50, spellings: spellings);

        Assert.Equal("đi tung ngõ", QuestionSpelling.Correct("đi tưng ngõ", vocabulary));
        Assert.Equal("truyền thống", QuestionSpelling.Correct("truyền thống", vocabulary)); // another word, written elsewhere
        Assert.Equal("đi tưng ngõ", QuestionSpelling.Correct("đi tưng ngõ", new Vocabulary(terms, 50))); // forms unknown
    }

    [Fact]
    public void Correct_NumberWordTypedAsTheLexiconWritesIt_KeepsItsMarks()
    {
        // The index writes "chức vụ", never "chục".
        string[] written = ["chuc|\u031b\u0301", "vu|\u0323"];
        var spellings = written.Select(System.Text.RegularExpressions.Regex.Unescape).ToHashSet(StringComparer.Ordinal);
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["chuc"] = 5, ["vu"] = 5, ["chuc_vu"] = 4 }, 50, spellings: spellings);

        Assert.Equal("hòa giải mấy chục vụ", QuestionSpelling.Correct("hòa giải mấy chục vụ", vocabulary));
        Assert.Equal("hòa giải mấy chuc vụ", QuestionSpelling.Correct("hòa giải mấy chúc vụ", vocabulary)); // no number word: a wrong tone
    }

    // A province's name stays as typed even where the index writes only a syllable an edit away ("la", not "lak").
    [Theory]
    [InlineData("Đắk Lắk có bao nhiêu học viên")]
    [InlineData("dak lak co bao nhieu hoc vien")]
    public void Correct_ProvinceName_StaysAsTyped(string question)
    {
        var index = Index(6, "dak", "la", "dak_la", "co", "bao", "nhieu", "hoc", "vien", "hoc_vien");
        Assert.Equal(question, QuestionSpelling.Correct(question, index));
    }
}
