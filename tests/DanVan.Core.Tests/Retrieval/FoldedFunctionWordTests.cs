using DanVan.Core.Retrieval;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// A question typed without diacritics reads its function words as typed with them: a syllable folding like a stop word
/// ("tai": tại, "may": mấy, "co": có) is not searched, unless it makes a pair the index writes with a neighbour.
/// </summary>
public sealed class FoldedFunctionWordTests
{
    private static Vocabulary Index(params string[] terms) => Index([], terms);

    // Function shares as the index would give them: "chu" mostly chủ, "ban" mostly Ban, "chung" mostly chung.
    private static Vocabulary Index((string Folded, double Share)[] shares, params string[] terms) =>
        new(terms.ToDictionary(t => t, _ => 3), 50, null, shares.ToDictionary(s => s.Folded, s => s.Share));

    private static IReadOnlyList<string> Terms(string question, Vocabulary vocabulary) =>
        QueryBuilder.Build(question, vocabulary).Terms.Select(t => t.Key).ToList();

    [Fact]
    public void Build_FoldedStopWords_AreNotSearchedAsTypedWithDiacritics()
    {
        var vocabulary = Index("lop", "tap", "huan", "to", "chuc", "tai", "dau", "co", "may", "dot", "lop_tap", "tap_huan");

        Assert.Equal(Terms("Lớp tập huấn tổ chức tại đâu?", vocabulary), Terms("Lop tap huan to chuc tai dau?", vocabulary));
        Assert.Equal(Terms("Có mấy đợt tập huấn?", vocabulary), Terms("Co may dot tap huan?", vocabulary));
        Assert.DoesNotContain("tai", Terms("Lop tap huan to chuc tai dau?", vocabulary));
        Assert.DoesNotContain("may", Terms("Co may dot tap huan?", vocabulary));
    }

    [Fact]
    public void Build_FoldedStopWordInAPairTheIndexWrites_IsAContentWord()
    {
        var vocabulary = Index("co", "quan", "co_quan", "bo", "may", "bo_may", "to", "chuc");

        Assert.Contains("co", Terms("co quan nao to chuc", vocabulary));
        Assert.Contains("may", Terms("bo may to chuc the nao", vocabulary));
    }

    [Fact]
    public void Build_FoldedStopWordTheIndexMostlyWritesOtherwise_StaysAContentWord()
    {
        var vocabulary = Index([("chung", 0.5), ("cua", 0.9)], "chung", "banh", "cua");

        Assert.Contains("chung", Terms("cach lam banh chung ngay tet", vocabulary)); // chung, chứng as often as chúng
        Assert.DoesNotContain("cua", Terms("cach lam banh chung cua ai", vocabulary));
    }

    [Fact]
    public void Build_QuestionTypedWithDiacritics_KeepsItsPlainWordsAsTheyAre()
    {
        var vocabulary = Index("tai", "sang");

        // Typed with diacritics, a plain "tai" is the word written so (tai nạn), not "tại".
        Assert.Contains("tai", Terms("Tai nạn xảy ra sáng nào ở tỉnh?", vocabulary));
    }

    [Fact]
    public void Read_FunctionShare_IsTheShareOfUsesWrittenAsAStopWordTheUnseenOneCountedAsOne()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE syllable_forms (folded TEXT NOT NULL, form TEXT NOT NULL, passages INTEGER NOT NULL, PRIMARY KEY (folded, form))";
            create.ExecuteNonQuery();
        }

        foreach (var (word, passages) in new[] { ("có", 27), ("cơ", 26), ("cố", 2), ("chúng", 4), ("chung", 3), ("chứng", 2), ("lớp", 9) })
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO syllable_forms VALUES ($f, $k, $n)";
            var folded = VietnameseText.Fold(word);
            insert.Parameters.AddWithValue("$f", folded);
            insert.Parameters.AddWithValue("$k", VietnameseText.SpellingKey(word, folded));
            insert.Parameters.AddWithValue("$n", passages);
            insert.ExecuteNonQuery();
        }

        var shares = new Dictionary<string, double>();
        SpellingCertainties.Read(connection, shares);
        var vocabulary = new Vocabulary([], 100, null, shares);

        Assert.Equal(28.0 / 56, vocabulary.FunctionShare("co"), 3);
        Assert.Equal(5.0 / 10, vocabulary.FunctionShare("chung"), 3);
        Assert.False(shares.ContainsKey("lop")); // never a stop word
        Assert.Equal(1.0, vocabulary.FunctionShare("may")); // never written: the question's reading
    }

    // "chu" is read like "co" and "may": chứ only where the index mostly writes it so; the materials' "chu" is chủ.
    [Fact]
    public void Build_FoldedChu_IsChuWhereTheIndexWritesChu()
    {
        var vocabulary = Index([("chu", 0.1)], "pho", "chu", "tich", "tinh", "chu_tich", "pho_chu");

        Assert.Contains("chu", Terms("pho chu tich tinh la ai", vocabulary));
        Assert.Contains("chu tich", QueryBuilder.Build("pho chu tich tinh la ai", vocabulary).Pairs.Select(p => p.Key));
        Assert.DoesNotContain("chu", Terms("Phó ban là ai chứ?", vocabulary)); // typed with diacritics: chứ
    }

    // "ma" (mà, or the name Ma) and "hoi" (hỏi, mostly hội) make no pair the index writes: searched, but a text lacking
    // them loses nothing, as the question typed with diacritics would not have asked "mà" or "hỏi".
    [Fact]
    public void Build_FoldedSyllableThatMayBeAFunctionWordOrAContentWord_IsEither()
    {
        var vocabulary = Index([("ma", 0.5), ("hoi", 0.1)], "de", "tai", "de_tai", "ma", "nguoi", "len", "lop", "ten", "hoi");
        var query = QueryBuilder.Build("de tai ma nguoi len lop noi co ten gi", vocabulary);

        Assert.Contains("ma", query.Terms.Select(t => t.Key));
        Assert.Contains("ma", query.EitherWords);
        Assert.DoesNotContain("de", query.EitherWords); // "de tai": a pair the index writes, đề tài
        Assert.Empty(QueryBuilder.Build("Đề tài mà người lên lớp có tên gì?", vocabulary).EitherWords);
    }

    [Fact]
    public void Score_FoldedQuestion_TextLackingAnEitherWord_ScoresAsIfItWereNotAsked()
    {
        var vocabulary = Index([("ma", 0.5)], "de", "tai", "de_tai", "ma", "nguoi", "len", "lop", "len_lop", "ten");
        var text = IndexText.Tokens("Đề tài của người lên lớp có tên là Dân vận khéo");
        var asked = new CoverageScorer(QueryBuilder.Build("de tai ma nguoi len lop co ten gi", vocabulary), vocabulary);
        var notAsked = new CoverageScorer(QueryBuilder.Build("de tai nguoi len lop co ten gi", vocabulary), vocabulary);

        Assert.Equal(notAsked.Score(text), asked.Score(text), 6);
        Assert.True(asked.Score(IndexText.Tokens("Đề tài mà người lên lớp nói có tên là Dân vận khéo")) >= asked.Score(text));
    }

    // "Ha Nam" typed without diacritics is the province, as "Hà Nam" is: its "ha" is no "hả".
    [Fact]
    public void Build_FoldedProvinceName_KeepsEverySyllableAsTyped()
    {
        var vocabulary = Index("ha", "nam", "ha_nam", "tap", "huan", "tap_huan");
        var typed = QueryBuilder.Build("Tập huấn ở Hà Nam năm 2022 diễn ra hôm nào?", vocabulary);
        var folded = QueryBuilder.Build("tap huan o ha nam nam 2022 dien ra hom nao?", vocabulary);

        Assert.Contains("ha", folded.Terms.Select(t => t.Key));
        Assert.Contains("ha nam", folded.Pairs.Select(p => p.Key));
        Assert.Equal(typed.Pairs.Select(p => p.Key), folded.Pairs.Select(p => p.Key));
    }
}
