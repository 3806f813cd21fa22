using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>Regular expressions built from the lexicon's words, compiled once per lexicon.</summary>
public sealed partial class LexiconPatterns
{
    private const RegexOptions Compiled = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    internal LexiconPatterns(LexiconData data)
    {
        var venueAskers = Alternation(data.VenueAskers);
        Venue = new Regex($@"\b({venueAskers})\s+(\p{{Lu}}|(?i:{Alternation(data.VenueWords)}|\d+\s+{Alternation(data.VenueWords)}))|(?i:\b({Alternation(data.OnlineWords)})\b)", Compiled);
        Person = new Regex($@"(?i:\b({Alternation(data.PersonMarkers)})\b)|\p{{Lu}}\p{{Ll}}*\s+\p{{Lu}}\p{{Ll}}*\s+\p{{Lu}}\p{{Ll}}+", Compiled);
        // After a title, capitalised words that open an office ("đồng chí Phó Bí thư") are no name.
        var offices = Alternation(data.Offices.Titles.Concat(data.Offices.Deputy).Concat(data.PersonMarkers));
        PersonName = new Regex(
            $@"\b({Alternation(data.FamilyNames, lower: false)})(\s+\p{{Lu}}\p{{Ll}}*){{1,3}}\b|(?i:(?<!\w)({Alternation(data.PersonTitles)}))(?!\s+(?i:{offices})\b)(\s+\p{{Lu}}\p{{Ll}}*){{2,4}}\b", Compiled);
        // Folded as typed without diacritics, the capital kept ("Đỗ" → "Do").
        var foldedNames = data.FamilyNames.Concat(data.FamilyNames.Select(n => string.Concat(n[..1].ToUpperInvariant(), VietnameseText.Fold(n)[1..]).Replace("đ", "d", StringComparison.Ordinal)));
        QuestionName = new Regex($@"\b({Alternation(foldedNames, lower: false)})(\s+\p{{Lu}}\p{{Ll}}*){{1,3}}\b", Compiled);
        DocumentCode = new Regex(@"(?<![\w/-])\d{1,4}(?:\s*/\s*\d{4})?\s*[-/]\s*\p{Lu}{1,5}(?:\s*[-/]\s*\p{Lu}[\p{L}]{0,5})*(?![\w/-])", Compiled);
        // Years written short in a span: after a noun of a span of years ("giai đoạn 21-22", "nhiem ky 20-25"), or the
        // last two digits after a full year ("2021-22"); not a day span ("21-22/8") nor a number's part ("2,21-22").
        var spanNouns = Alternation(data.YearSpanNouns.Concat(data.YearSpanNouns.Select(VietnameseText.Fold)));
        ShortYearSpan = new Regex(
            $@"(?<![\w/.,])(?:(?<=(?i:\b(?:{spanNouns}))\s+)(?<from>\d{{2}})|(?<century>19|20)(?<from>\d{{2}}))(?<dash>\s*[-–—]\s*)(?<to>\d{{2}})(?!\d|\s*/\s*\d|[.,]\d|\p{{L}})", Compiled);
        MayHoldNumber = new Regex($@"\d|\b[IVXL]{{1,7}}\b|(?i:\b({Alternation(data.NumberWords)})\b)", Compiled);
        // An hour (0–23) and a clock unit, perhaps its minutes ("8 giờ", "7h30", "7 g 30"), or hours:minutes ("14:00").
        ClockTime = new Regex($@"(?<![\p{{L}}\d/.,:])(?:(?:[01]?\d|2[0-3])\s*(?i:{Alternation(data.ClockUnits)})(?:\s*[0-5]\d)?|(?:[01]?\d|2[0-3]):[0-5]\d)(?![\p{{L}}\d/])", Compiled);
        Place = new Regex($@"(?i:\b({Alternation(data.PlaceWords)})\b)", Compiled);
        var percentNames = data.Units.OtherNames.FirstOrDefault(g => g.Contains("%")) ?? ["%"];
        Percent = new Regex($@"\d\s*%|(?i:{Alternation(percentNames.Where(n => n != "%"))})", Compiled);
        Article = new Regex($@"(?i:\b(?:{Alternation(data.ArticleWords.Concat(data.ArticleWords.Select(VietnameseText.Fold)))})\s*(?<n>\d{{1,3}})\b|\b[đd](?<n>\d{{1,3}})\b)", Compiled);
        Clause = new Regex($@"(?i:\b(?:{Alternation(data.ClauseWords.Concat(data.ClauseWords.Select(VietnameseText.Fold)))})\.?\s*(?<n>\d{{1,2}})\b)", Compiled);
        Point = new Regex($@"(?i:\b(?:{Alternation(data.PointWords.Concat(data.PointWords.Select(VietnameseText.Fold)))})\s+(?<p>[a-zđ])(?![\p{{L}}\p{{M}}\d]))", Compiled);
        NamedLocality = new Regex($@"(?i:\b(?:{Alternation(data.Localities.Concat(data.Localities.Select(VietnameseText.Fold)))}))\s+(?<name>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+){{0,2}})\b", Compiled);
        // A kind of document typed with its marks or without ("Luật Đất đai", "Luat Dat dai").
        var titledTypes = data.DocumentTypes.Concat(data.DocumentTypes.Select(VietnameseText.Fold)).Distinct(StringComparer.Ordinal)
            .Select(t => string.Concat(t[..1].ToUpperInvariant(), t[1..]));
        NamedDocument = new Regex($@"(?<![\w/])(?:{Alternation(titledTypes, lower: false)})\s+\p{{Lu}}\p{{Ll}}*(?:\s+\p{{Ll}}+){{1,3}}(?!\w)", Compiled);
        // Typed without diacritics ("Vu Doan the", "Hoc vien Chinh tri"), a kind folded is a body's only after another
        // word (first in a question, "Hoi" is as likely hỏi) and before a name typed without diacritics too.
        var foldedKinds = data.BodyKinds.Select(k => string.Concat(k[..1].ToUpperInvariant(), VietnameseText.Fold(k)[1..]).Replace("đ", "d", StringComparison.Ordinal))
            .Where(k => !data.BodyKinds.Contains(k));
        NamedBody = new Regex($@"(?<![\w/])(?<kind>{Alternation(data.BodyKinds, lower: false)})\s+(?<name>\p{{Lu}}\p{{Ll}}*\s+\p{{Ll}}+|\p{{Lu}}\p{{Ll}}*\s+\p{{Lu}}\p{{Ll}}*)(?!\w)"
            + $@"|(?<=\w[\s,;:]*\s)(?<![\w/])(?<kind>{Alternation(foldedKinds, lower: false)})\s+(?<name>[A-Z][a-z]*\s+[a-z]+|[A-Z][a-z]*\s+[A-Z][a-z]*)(?!\w)", Compiled);
        // Each syllable of the kind typed with its marks or without ("thị xã", "thi xa", "thị xa"); the name is looked
        // ahead of, so that the words after it are read too when they hold another kind ("các xã thôn bản ...").
        var localities = string.Join('|', data.Localities.Select(l => VietnameseText.Normalize(l).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(l => l.Length).ThenByDescending(l => string.Join(' ', l).Length)
            .Select(l => string.Join(@"\s+", l.Select(s => VietnameseText.Fold(s) is var f && f != s ? $"(?:{Regex.Escape(s)}|{Regex.Escape(f)})" : Regex.Escape(s)))).Distinct(StringComparer.Ordinal));
        LowerCaseLocality = new Regex($@"(?<![\w/])(?<kind>{localities})(?=\s+(?<name>\p{{Ll}}+\s+\p{{Ll}}+)(?!\w))", Compiled);
        LowerCaseBody = new Regex($@"(?<![\w/])(?<kind>{Alternation(data.BodyKinds.Select(VietnameseText.Fold))})\s+(?<name>\p{{Ll}}+\s+\p{{Ll}}+)(?=\s+(?:{Alternation(data.BodyLevels.Select(VietnameseText.Fold))})(?!\w))", Compiled);
        var lowerNames = Alternation(data.FamilyNames.Concat(data.FamilyNames.Select(VietnameseText.Fold)));
        LowerCasePerson = new Regex($@"(?<!\w)(?i:{Alternation(data.PersonTitles.Concat(data.PersonTitles.Select(VietnameseText.Fold)))})\s+(?<name>(?<family>{lowerNames})(?:\s+\p{{Ll}}+){{1,2}})(?!\w)", Compiled);
        Localities = data.Localities.Select(VietnameseText.Normalize).Distinct(StringComparer.Ordinal)
            .ToDictionary(VietnameseText.Fold, w => (w, new Regex(@"(?i:\b" + Regex.Escape(w) + @")\s+\p{Lu}", Compiled)), StringComparer.Ordinal);
        // Levels of two syllables that share their last ("tỉnh ủy", "huyện ủy", "thành ủy"): end → the first syllables (folded).
        _sharedEnds = data.BodyLevels.Select(l => Tokenizer.Tokenize(l)).Where(t => t.Count == 2)
            .GroupBy(t => t[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t[0]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// A span of years written short: "giai đoạn 21-22" (groups from, to) after a noun of the lexicon's yearSpanNouns, or
    /// "2021-22" (groups century, from, to).
    /// </summary>
    public Regex ShortYearSpan { get; }

    private readonly Dictionary<string, HashSet<string>> _sharedEnds;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>
    /// The text with levels listed before the syllable they share written out in full: "các huyện, thị, thành ủy" →
    /// "các huyện ủy, thị ủy, thành ủy" (the levels are the lexicon's <c>bodyLevels</c> of two syllables; the list is
    /// joined by commas). Text without such a list is returned as it is. Linear in the text.
    /// </summary>
    public string DistributeSharedEnds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_sharedEnds.Count == 0 || !text.Contains(',', StringComparison.Ordinal))
        {
            return text;
        }

        var words = Word().Matches(text);
        var after = new List<(int At, string End)>();
        for (var j = 2; j < words.Count; j++)
        {
            if (!_sharedEnds.TryGetValue(VietnameseText.Fold(words[j].Value), out var starts) || !starts.Contains(VietnameseText.Fold(words[j - 1].Value))
                || !string.IsNullOrWhiteSpace(Between(text, words[j - 1], words[j])))
            {
                continue;
            }

            var k = j - 2;
            while (k >= 0 && Between(text, words[k], words[k + 1]).Trim() == "," && starts.Contains(VietnameseText.Fold(words[k].Value)))
            {
                after.Add((words[k].Index + words[k].Length, words[j].Value));
                k--;
            }
        }

        if (after.Count == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + (after.Count * 4));
        var position = 0;
        foreach (var (at, end) in after.OrderBy(a => a.At))
        {
            builder.Append(text, position, at - position).Append(' ').Append(end);
            position = at;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static string Between(string text, Match first, Match second) =>
        text.Substring(first.Index + first.Length, second.Index - first.Index - first.Length);

    /// <summary>A venue: "tại Hội trường …", "ở Trường Chính trị tỉnh", "tại 8 điểm cầu", "trực tuyến".</summary>
    public Regex Venue { get; }

    /// <summary>A person: a title or "đồng chí", or a full name of capitalised syllables.</summary>
    public Regex Person { get; }

    /// <summary>A person's name: a family name and more capitalised syllables, or capitalised syllables after a title.</summary>
    public Regex PersonName { get; }

    /// <summary>A person named in a question, typed with or without diacritics ("Lê Xuân Đại", "Le Xuan Dai").</summary>
    public Regex QuestionName { get; }

    /// <summary>A clock time: "8 giờ", "7h30", "14:00" (<see cref="LexiconData.ClockUnits"/>).</summary>
    public Regex ClockTime { get; }

    /// <summary>A document's code: "25-NQ/TW", "60/CP", "18/2000/CT-TTg", "03/KH-BDVTU".</summary>
    public Regex DocumentCode { get; }

    /// <summary>Cheap test: a digit, a Roman numeral or a number word.</summary>
    public Regex MayHoldNumber { get; }

    /// <summary>A place word ("tại", "ở").</summary>
    public Regex Place { get; }

    public Regex Percent { get; }

    /// <summary>A regulation's article: "Điều 5", "dieu 7", "Đ9".</summary>
    public Regex Article { get; }

    /// <summary>A clause of a regulation's article: "khoản 4", "khoan 4", "k4", "K.4"; group "n".</summary>
    public Regex Clause { get; }

    /// <summary>A point of an article or clause: "điểm a", "diem b"; group "p".</summary>
    public Regex Point { get; }

    /// <summary>A district, commune or town named by its kind and its name ("huyện Lộc Ninh", "xã Phước Thịnh"); group "name".</summary>
    public Regex NamedLocality { get; }

    /// <summary>A document by its type and the first words of its title in sentence case ("Luật Thực hiện dân chủ", "Nghị quyết Đại hội").</summary>
    public Regex NamedDocument { get; }

    /// <summary>A body by its kind and the two words of its name ("Ban Tuyên giáo", "Sở Nội vụ", "Hội Nông dân"); groups "kind" and "name".</summary>
    public Regex NamedBody { get; }

    /// <summary>
    /// A kind of locality and two words typed in lower case after it ("xa son dong", "huyện lộc ninh"): a name, unless the
    /// words are ordinary ones; groups "kind" and "name" (looked ahead of: matches may share words).
    /// </summary>
    public Regex LowerCaseLocality { get; }

    /// <summary>A kind of body and two words typed without diacritics after it and before its level ("ban tuyen giao trung uong"): a body's name, unless the words are ordinary ones; groups "kind" and "name".</summary>
    public Regex LowerCaseBody { get; }

    /// <summary>A title, a family name and one or two more words typed in lower case ("ong tran minh khoi"); groups "name" and "family".</summary>
    public Regex LowerCasePerson { get; }

    /// <summary>Kinds of locality (folded) → the word and a pattern for one named ("huyện Hướng Hóa").</summary>
    public IReadOnlyDictionary<string, (string Word, Regex Pattern)> Localities { get; }

    private static string Alternation(IEnumerable<string> words, bool lower = true) =>
        string.Join('|', words.Select(w => w.Normalize(System.Text.NormalizationForm.FormC)).Select(w => lower ? w.ToLowerInvariant() : w)
            .Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));
}
