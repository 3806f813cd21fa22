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
}
