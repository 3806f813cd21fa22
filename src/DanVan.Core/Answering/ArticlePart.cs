using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// A clause or point of a regulation's article the question names ("khoản 4 Điều 9", "Đ5 k2", "điểm a khoản 2 Điều
/// 5"). The article's lines are read as the regulation writes them — "2. …" opens clause 2, "a) …" opens point a, other
/// lines continue the one before — so a question about a clause the article does not have is declined, and one about a
/// clause it has is answered by that clause.
/// </summary>
internal sealed partial class ArticlePart
{
    private readonly string _article;
    private readonly string? _clause;
    private readonly string? _point;

    private ArticlePart(string article, string? clause, string? point, string label)
    {
        _article = article;
        _clause = clause;
        _point = point;
        Label = label;
    }

    /// <summary>The part as the refusal names it: "khoản 4 Điều 9", "điểm d khoản 2 Điều 5".</summary>
    public string Label { get; }

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[.)]\s")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"^\(?(?<p>[a-zđ])[.)]\s")]
    private static partial Regex PointLine();

    /// <summary>The clause or point the question names within the one article it names; null when it names none.</summary>
    public static ArticlePart? Of(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var articles = lexicon.Patterns.Article.Matches(question).Select(m => m.Groups["n"].Value.TrimStart('0')).Distinct().ToList();
        var clauses = lexicon.Patterns.Clause.Matches(question).Select(m => m.Groups["n"].Value.TrimStart('0')).Distinct().ToList();
        var points = lexicon.Patterns.Point.Matches(question).Select(m => m.Groups["p"].Value.ToLowerInvariant()).Distinct().ToList();
        if (articles.Count != 1 || clauses.Count > 1 || points.Count > 1 || clauses.Count + points.Count == 0)
        {
            return null;
        }

        var (clause, point) = (clauses.FirstOrDefault(), points.FirstOrDefault());
        var names = lexicon.ArticlePartNames;
        var label = string.Join(' ', new[]
        {
            point is null ? null : $"{names.Point} {point}",
            clause is null ? null : $"{names.Clause} {clause}",
            $"{Capitalised(names.Article)} {articles[0]}",
        }.OfType<string>());
        return new ArticlePart(articles[0], clause, point, label);
    }

    /// <summary>True when a passage's section path ends in the article asked ("… › Điều 9. Khối dân vận xã").</summary>
    public bool IsOf(string? section, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var last = section?.Split('›')[^1].Trim();
        return last is not null && lexicon.Patterns.Article.Match(last) is { Success: true, Index: 0 } m && m.Groups["n"].Value.TrimStart('0') == _article;
    }

    /// <summary>The lines of <paramref name="articleText"/> (the article's text, lines as stored) that are the part asked, trimmed; none when it has no such part.</summary>
    public IReadOnlySet<string> Lines(string articleText)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var (clause, point) = ((string?)null, (string?)null);
        foreach (var line in SentenceSplitter.JoinEnumerators(articleText.Split('\n')).Select(l => l.Trim()))
        {
            if (ClauseLine().Match(line) is { Success: true } c)
            {
                (clause, point) = (c.Groups["n"].Value.TrimStart('0'), null);
            }
            else if (PointLine().Match(line) is { Success: true } p)
            {
                point = p.Groups["p"].Value;
            }

            if ((_clause is null || _clause == clause) && (_point is null || _point == point))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
