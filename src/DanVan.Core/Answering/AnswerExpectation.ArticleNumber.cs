using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// "Quy định … ở Điều mấy?", "khoản nào nói về …": the number of the article (or clause) that says it. A regulation's
// sentences rarely repeat it: the heading of their section does ("Điều 7. Trách nhiệm …").
public sealed partial class AnswerExpectation
{
    /// <summary>True when the question asks which article or clause says something.</summary>
    public bool AsksArticleNumber => _kinds.Contains(Expected.ArticleNumber);

    /// <summary>
    /// What a section's heading gives each of its sentences (bits as in <see cref="AllKinds"/>): the motive asked when it
    /// states it (<see cref="MotiveStatedBy"/>), the article number asked when it names an article.
    /// </summary>
    public int StatedByHeading(string? heading) => MotiveStatedBy(heading) | ArticleStatedBy(heading);

    /// <summary>The article number asked (its bit, as in <see cref="AllKinds"/>) when the section heading names an article; else 0.</summary>
    public int ArticleStatedBy(string? heading) =>
        heading is not null && AsksArticleNumber && _lexicon.Patterns.Article.IsMatch(heading) ? 1 << (int)Expected.ArticleNumber : 0;

    // An article or clause word followed (past "số") by one of the lexicon's articleNumberAskers ("mấy", "nào"), not after
    // a plural ("những điều nào" asks things): "Điều mấy", "điều số mấy", "khoản nào"; "điều gì" asks a thing.
    private static bool AsksArticleNumberIn(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon)
    {
        var (article, clause, _) = lexicon.ArticlePartNames;
        var parts = new[] { VietnameseText.Fold(article), VietnameseText.Fold(clause) };
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!parts.Contains(tokens[i].Folded) || (i > 0 && LexiconMatcher.LongestAt(tokens, i - 1, lexicon.ListOpeners) == 1))
            {
                continue;
            }

            var next = lexicon.NumberedMarkers.Contains(tokens[i + 1].Folded) ? i + 2 : i + 1;
            if (LexiconMatcher.LongestAt(tokens, next, lexicon.ArticleNumberAskers) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
