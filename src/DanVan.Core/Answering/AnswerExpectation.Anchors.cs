using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// What the asked fact hangs on: the event a date belongs to, a regulation's article, the year a sentence tells of,
// a venue or a district.
public sealed partial class AnswerExpectation
{
    // Events of the course itself, which any dated sentence about it meets: "tổ chức vào ngày nào", "khai giảng hôm
    // nào" are answered by "Sáng 30/3, … khai mạc". A date asked for any other event ("thành lập năm nào", "được ban
    // hành ngày nào") must stand beside that event's word. (Counts are not held to this: the words before "bao nhiêu"
    // are paraphrased too often; what a count counts is its unit.)
    private static readonly HashSet<string> CourseEvents = new(
        ["to chuc", "dien ra", "khai mac", "khai giang", "be mac", "be giang", "bat dau", "ket thuc", "hoc", "tap huan",
         "boi duong", "huan luyen", "dao tao", "mo", "tham du", "tham gia", "du", "keo dai", "thu hut", "quy tu", "co mat",
         "hop", "hoi nghi", "lop", "khoa", "dot"],
        StringComparer.Ordinal);

    // Words between what is asked about and the asker that say nothing of it: "được ban hành (vào) ngày tháng năm nào".
    private static readonly HashSet<string> FocusGap = new(
        ["duoc", "tu", "vao", "la", "tong", "cong", "trong", "den", "ngay", "thang", "nam", "luc", "khoang", "chinh", "thuc"],
        StringComparer.Ordinal);

    // Kinds of place a question may ask "which" of (folded → written), each met by one of its kind named: "huyện Hướng Hóa".
    // ("quận" is left out: typed without diacritics it is "cơ quan".)
    private static readonly Dictionary<string, (string Word, Regex Pattern)> Localities = new[] { "huyện", "xã", "thôn", "phường" }
        .ToDictionary(w => VietnameseText.Fold(w), w => (w, new Regex(@"(?i:\b" + w + @")\s+\p{Lu}", RegexOptions.Compiled)), StringComparer.Ordinal);

    // "thuộc huyện nào", "ở xã nào": a district or commune of that kind named ("huyện Hướng Hóa"). Typed with
    // diacritics the word must be that one.
    private static List<Regex> AskedLocalities(List<QueryToken> tokens) =>
        Localities.Where(l => Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i =>
                tokens[i].Folded == l.Key && tokens[i + 1].Folded == "nao" && (tokens[i].Typed == tokens[i].Folded || tokens[i].Typed == l.Value.Word)))
            .Select(l => l.Value.Pattern).ToList();

    /// <summary>
    /// True when the fields (indexed tokens of a sentence, its neighbours and its document's context) hold a word the
    /// asked fact hangs on, or the question ties it to none. "Ban Dân vận Trung ương được thành lập năm nào?" is not
    /// answered by a sentence with a year that says nothing of a founding.
    /// </summary>
    public bool HoldsFocus(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return _focus.Count == 0 || _focus.Any(focus =>
            Synonyms.Of(string.Join(' ', focus)).Select(s => s.Split(' ')).Append(focus).Any(words => fields.Any(f => TokenSequence.Contains(f, words))));
    }

    // Where each time asker of a clause begins: "năm nào", "ngày nào", "hôm nào", "khi nào", "lúc nào", "bao giờ",
    // "bao lâu". (What a count hangs on is its unit; the words before "bao nhiêu" are too often paraphrased.)
    private static IEnumerable<int> TimeAskerStarts(List<QueryToken> clause)
    {
        for (var i = 0; i + 1 < clause.Count; i++)
        {
            var (first, second) = (clause[i].Folded, clause[i + 1].Folded);
            if ((second == "nao" && first is "nam" or "ngay" or "hom" or "khi" or "luc") || (first == "bao" && second is "gio" or "lau"))
            {
                yield return i;
            }
        }
    }

    // The word the asked fact hangs on: the content word right before the asker, past words that say nothing of it;
    // none when that is a function word or an event of the course itself.
    private static string[]? FocusBefore(List<QueryToken> clause, int asker)
    {
        var i = asker - 1;
        while (i >= 0 && FocusGap.Contains(clause[i].Folded))
        {
            i--;
        }

        if (i < 0 || IsFunctionWord(clause[i]) || CourseEvents.Contains(clause[i].Folded))
        {
            return null;
        }

        if (i > 0 && !IsFunctionWord(clause[i - 1]) && !FocusGap.Contains(clause[i - 1].Folded))
        {
            var pair = clause[i - 1].Folded + " " + clause[i].Folded;
            return CourseEvents.Contains(pair) || CourseEvents.Contains(clause[i - 1].Folded) ? null : [clause[i - 1].Folded, clause[i].Folded];
        }

        return [clause[i].Folded];
    }

    // "tổ chức ở hội trường nào", "học tại trường nào", "ở phòng nào": a venue, unless it is a province, district or commune asked.
    private static bool AsksVenue(List<string> folded)
    {
        for (var i = 0; i + 2 < folded.Count; i++)
        {
            var which = folded[i + 2] == "nao" ? i + 2 : i + 3 < folded.Count && folded[i + 3] == "nao" ? i + 3 : -1;
            if (folded[i] is "o" or "tai" && which > 0 && folded[i + 1] is not ("tinh" or "huyen" or "xa" or "dau" or "nuoc" or "dia" or "phuong" or "vung" or "thanh"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the question names no article of a regulation ("Điều 5", "Đ7"), or <paramref name="text"/> (a passage's
    /// section and text) holds one it names. A question about Điều 12 of a regulation of ten articles is not answered
    /// by Điều 10.
    /// </summary>
    public bool HoldsArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _articles.Count == 0 || ArticleNumber().Matches(text).Any(m => _articles.Contains(m.Groups["n"].Value.TrimStart('0')));
    }

    // "Điều 5", "điều 12", "dieu 7", "Đ9", "D10".
    [GeneratedRegex(@"(?i:\b(?:điều|dieu)\s*(?<n>\d{1,3})\b|\b[đd](?<n>\d{1,3})\b)")]
    private static partial Regex ArticleNumber();

    /// <summary>
    /// True when the question names a year and these sentences (one, or one with its neighbours) tell another's facts:
    /// one of them opens with another year ("Kết quả, năm 2016, toàn tỉnh mở 5 lớp") and none names a year asked. They
    /// do not answer how many were opened in 2017, even in an article published in 2017.
    /// </summary>
    public bool IsAboutOtherYear(params string[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return _years.Count > 0 && sentences.Any(s => OpeningYear().IsMatch(s))
            && !sentences.Any(s => _years.Any(y => s.Contains(y, StringComparison.Ordinal)));
    }

    // A year within the first few words of a sentence: "Kết quả, năm 2016, …", "Đợt 2, trong tháng 12-2016, …".
    [GeneratedRegex(@"^\W*(?:\w+\W+){0,5}?(19|20)\d{2}\b")]
    private static partial Regex OpeningYear();
}
