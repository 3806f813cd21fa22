using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Initials the abbreviation table lacks and the materials never write ("DCCS") are read as the one phrase of the index
/// whose syllables begin with them, when that phrase is clearly the most written; otherwise they stay as typed.
/// </summary>
public sealed class PhraseInitialsTests
{
    // Passages holding each phrase (every pair of a phrase counted so), and how many hold each syllable.
    private static Vocabulary Index(params (string Phrase, int Passages)[] phrases) => Index(null, phrases);

    private static Vocabulary Index(Dictionary<string, double>? functionShare, params (string Phrase, int Passages)[] phrases)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (phrase, passages) in phrases)
        {
            var syllables = phrase.Split(' ');
            foreach (var syllable in syllables.Distinct())
            {
                frequency[syllable] = frequency.GetValueOrDefault(syllable) + passages;
            }

            for (var i = 0; i + 1 < syllables.Length; i++)
            {
                var pair = IndexText.Pair(syllables[i], syllables[i + 1]);
                frequency[pair] = frequency.GetValueOrDefault(pair) + passages;
            }
        }

        return new Vocabulary(frequency, 200, functionShare: functionShare);
    }

    private static readonly Vocabulary Held = Index(
        ("quy che dan chu co so", 12), ("thuc hien dan chu o co so", 8), ("ban dan van tinh uy", 20), ("hoc vien tham du", 6),
        ("nguoi co uy tin", 9), ("dan toc thieu so", 10), ("hoi nong dan", 5), ("hoi nghi dan van", 5));

    [Theory]
    [InlineData("Hội nghị bồi dưỡng DCCS 2024 có bao nhiêu người?", "Hội nghị bồi dưỡng dan chu co so 2024 có bao nhiêu người?")]
    [InlineData("hoi nghi boi duong dccs 2024 co bao nhieu nguoi", "hoi nghi boi duong dan chu co so 2024 co bao nhieu nguoi")] // folded: no syllable
    [InlineData("Ở Đắk Nông có bao nhiêu NCUT?", "Ở Đắk Nông có bao nhiêu nguoi co uy tin?")]
    public void InitialsOfOneClearPhrase_AreWrittenOut(string typed, string read) =>
        Assert.Equal(read, AbbreviationSpellings.Standard(typed, Held));

    [Fact]
    public void AFunctionWordBetweenTheSyllables_IsSkipped()
    {
        // "dân chủ ở cơ sở" is the only way this index writes the phrase: D-C-C-S with "ở" between.
        var index = Index(("thuc hien dan chu o co so", 8), ("ban dan van", 20));
        Assert.Equal("dan chu o co so", PhraseInitials.Of(index).Phrase("DCCS"));
        // A syllable the index mostly writes as a content word is no function word to skip: "ban" (Ban), not "bạn".
        var contentBan = new Dictionary<string, double> { ["ban"] = 0.1 };
        Assert.Null(PhraseInitials.Of(Index(contentBan, ("dan chu ban co so", 8))).Phrase("DCCS"));
        Assert.Equal("dan chu ban co so", PhraseInitials.Of(Index(("dan chu ban co so", 8))).Phrase("DCCS"));
    }

    [Fact]
    public void InitialsOfTwoPhrasesOfLikeWeight_StayAsTyped()
    {
        // "HNDV": hội nghị dân vận or học nhóm dân vũ, five passages each; alone, either is read.
        var index = Index(("hoi nghi dan van", 5), ("hoc nhom dan vu", 5));
        Assert.Null(PhraseInitials.Of(index).Phrase("HNDV"));
        Assert.Equal("Lớp HNDV họp khi nào?", AbbreviationSpellings.Standard("Lớp HNDV họp khi nào?", index));
        Assert.Equal("hoi nghi dan van", PhraseInitials.Of(Index(("hoi nghi dan van", 5), ("hoc nhom dan vu", 1))).Phrase("HNDV"));
    }

    [Theory]
    [InlineData("Nghị quyết XYZ nói gì về dân vận?")] // no phrase of the index has the initials: still not mentioned
    [InlineData("Kế hoạch 27-DCCS/TU có mấy mục?")] // part of a code
    [InlineData("HỘI NGHỊ DCCS CÓ GÌ")] // all capitals
    [InlineData("Lớp ở DT có gì?")] // the table's short form (dân tộc)
    [InlineData("hoi nghi o dc nao")] // lower case, two letters: a chat form ("dc": được) is no initials
    public void OtherWords_StayAsTyped(string typed) =>
        Assert.Equal(typed, AbbreviationSpellings.Standard(typed, Held));

    [Fact]
    public void InitialsTheMaterialsWriteAsAWord_StayAsTyped()
    {
        // The index writes "ncut" itself (a name or code of the materials): it is not read as "người có uy tín".
        var index = Index(("nguoi co uy tin", 9), ("ma ncut", 2));
        Assert.Equal("Mã NCUT là gì?", AbbreviationSpellings.Standard("Mã NCUT là gì?", index));
    }

    [Fact]
    public void ALongerRunOfLetters_IsNotTried()
    {
        Assert.Null(PhraseInitials.Of(Held).Phrase("QCDCCSX"));
        Assert.Null(PhraseInitials.Of(Held).Phrase("D"));
    }
}
