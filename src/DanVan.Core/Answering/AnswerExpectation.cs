using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// What kind of fact would answer a question, and whether a sentence holds one. "Bao nhiêu huyện" is answered by a
/// sentence that counts huyện ("gồm 8 huyện"), not by any sentence about the same province; "ngày nào" by a sentence
/// with a date; "ai" by one that names a person. A question the materials cover in topic but not in the fact asked
/// (the province's population, the date of an anniversary they never mention) then finds no sentence that meets its
/// expectation, and the bot says the materials do not answer it instead of quoting a sentence that does not.
/// </summary>
public sealed partial class AnswerExpectation
{
    // How far a count may stand from what it counts: "230 học viên", "gần 1.200 người có uy tín", "số học viên là 230".
    private const int CountBefore = 4;
    private const int CountAfter = 6;

    private static readonly HashSet<string> NumberWords = new(
        ["một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "nghìn",
         "ngàn", "triệu", "tỷ", "tỉ", "chục", "nửa", "rưỡi"],
        StringComparer.Ordinal);

    // Cheap test before the full one: a digit, a Roman numeral or one of the number words somewhere in the sentence.
    private static readonly Regex MayHoldNumber = new(
        @"\d|\b[IVXL]{1,7}\b|(?i:\b(" + string.Join('|', NumberWords) + @")\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Folded words that say how often or how long, which answer "bao lâu" and "khi nào" without a digit.
    private static readonly HashSet<string> PeriodWords = new(["hang", "dinh", "moi", "thuong", "sau", "truoc"], StringComparer.Ordinal);

    // Predicates that any sentence about the course itself meets: "tổ chức vào ngày nào" is answered by "Sáng 30/3, …
    // khai mạc", "thu hút bao nhiêu học viên" by "230 học viên tham dự". Any other word the asked fact hangs on
    // ("thành lập năm nào", "khen thưởng bao nhiêu người", "dân số bao nhiêu") must be written beside the fact.
    private static readonly HashSet<string> CourseEvents = new(
        ["to chuc", "dien ra", "khai mac", "khai giang", "be mac", "be giang", "bat dau", "ket thuc", "hoc", "tap huan",
         "boi duong", "huan luyen", "dao tao", "mo", "tham du", "tham gia", "du", "keo dai", "thu hut", "quy tu", "co mat",
         "hop", "hoi nghi", "lop", "khoa", "dot"],
        StringComparer.Ordinal);

    // Words between what is asked about and the asker that say nothing of it: "được ban hành (vào) ngày tháng năm nào".
    private static readonly HashSet<string> FocusGap = new(
        ["duoc", "tu", "vao", "la", "tong", "cong", "trong", "den", "ngay", "thang", "nam", "luc", "khoang", "chinh", "thuc"],
        StringComparer.Ordinal);

    // Offices a person question may name. "Phó Trưởng ban" does not answer "Trưởng ban là ai", nor "Phó Chủ tịch" "Chủ tịch".
    private static readonly string[][] Offices =
        [["chu", "tich"], ["bi", "thu"], ["giam", "doc"], ["chu", "nhiem"], ["thu", "tuong"], ["vu", "truong"], ["cuc", "truong"],
         ["bo", "truong"], ["hieu", "truong"], ["truong"]];

    private readonly IReadOnlyList<Unit> _units;

    private readonly IReadOnlyList<Expected> _kinds;

    private readonly IReadOnlyList<string[]> _focus;

    private readonly IReadOnlyList<Office> _offices;

    private readonly bool _current;

    private readonly IReadOnlyList<string> _years;

    private readonly HashSet<string> _articles;

    private readonly IReadOnlyList<Regex> _localities;

    private readonly (string[] Speaker, string[] Topic)? _attribution;

    private AnswerExpectation(IReadOnlyList<Expected> kinds, IReadOnlyList<Unit> units, IReadOnlyList<string[]> focus, IReadOnlyList<Office> offices, bool current, IReadOnlyList<string> years, HashSet<string> articles, IReadOnlyList<Regex> localities,
        (string[] Speaker, string[] Topic)? attribution)
    {
        _years = years;
        _articles = articles;
        _localities = localities;
        _attribution = attribution;
        _kinds = kinds;
        _units = units;
        _focus = focus;
        _offices = offices;
        _current = current;
    }

    private enum Expected
    {
        Count,
        Time,
        Year,
        Day,
        Person,
        Venue,
        Name,
        Locality,
    }

    /// <summary>True when only some sentences can answer (a count, a time, a person).</summary>
    public bool IsSpecific => _kinds.Count > 0;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearNumber();

    // A day: "1/11", "27-29/8", "20 – 22/10", "1/11/2019", "6-2016" is not one; "ngày 15", "mùng 2", "ngày 3/11".
    [GeneratedRegex(@"(?i:\b(ngày|mùng|hôm)\s+)?\b\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b\d{1,2}\s*-\s*\d{1,2}\b|(?i:\b(ngày|mùng|hôm)\s+\d{1,2}\b)")]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"\b[IVXL]{1,7}\b")]
    private static partial Regex Roman();

    // A venue: "tại Hội trường …", "ở Trường Chính trị tỉnh", "tại trụ sở …", "tại 8 điểm cầu", "trực tuyến".
    [GeneratedRegex(@"\b(tại|ở)\s+(\p{Lu}|(?i:hội trường|trụ sở|nhà văn hóa|nhà văn hoá|trung tâm|trường|khách sạn|phòng họp|điểm cầu|\d+\s+điểm cầu|xã|phường|huyện|thôn|bản))|(?i:\btrực tuyến\b)")]
    private static partial Regex VenueWords();

    [GeneratedRegex(@"\d\s*%|phần trăm", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    // A person: "đồng chí …", "ông/bà X", a title, or a full name of capitalised syllables ("Nguyễn Thế Trung").
    [GeneratedRegex(@"(?i:\b(đồng chí|đ/c|ông|bà|chủ tịch|bí thư|trưởng ban|phó|giám đốc|vụ trưởng|thượng tá|đại tá|thiếu tướng|trung tướng)\b)|\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+")]
    private static partial Regex PersonWords();

    // A person's name: a Vietnamese family name and one to three more capitalised syllables ("Nguyễn Thị Hồng Hạnh",
    // "Ma Thị Hồng Nhung"), or a capitalised name after đồng chí / ông / bà / an academic title ("TS. Lê Quang Vinh").
    [GeneratedRegex(@"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lâm|Mai|Ma|Vy|Vi|Hà|Tô|Lương|Cao|Chu|Tạ|Kiều|Thái|Lò|Lục|Nông|Triệu|Quách|Đào|Trịnh|Lưu|Tăng|Khúc|La|Âu|Mạc|Giáp|Hứa|Thân|Tống|Từ|Ninh|Bế|Hầu|Sầm|Y|H)(\s+\p{Lu}\p{Ll}*){1,3}\b|(?i:\b(đồng chí|đ/c|ông|bà|TS\.|ThS\.|PGS\.|GS\.))(\s+\p{Lu}\p{Ll}*){2,4}\b")]
    private static partial Regex PersonName();

    // Kinds of place a question may ask "which" of (folded → written), each met by one of its kind named: "huyện Hướng Hóa".
    // ("quận" is left out: typed without diacritics it is "cơ quan".)
    private static readonly Dictionary<string, (string Word, Regex Pattern)> Localities = new[] { "huyện", "xã", "thôn", "phường" }
        .ToDictionary(w => DanVan.Core.Text.VietnameseText.Fold(w), w => (w, new Regex(@"(?i:\b" + w + @")\s+\p{Lu}", RegexOptions.Compiled)), StringComparer.Ordinal);

    /// <summary>The expectation of a question (normalised text) of the given kind.</summary>
    public static AnswerExpectation For(string question, QuestionKind kind)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        var folded = tokens.Select(t => t.Folded).ToList();
        // "năm nào" wants a year and "ngày nào" a day, not any date: a course's day and month do not say its year.
        // A question asking several things is answered by a sentence holding any of them.
        var kinds = new List<Expected>();
        if (Contains(folded, "nam", "nao") || Contains(folded, "nam", "may"))
        {
            kinds.Add(Expected.Year);
        }

        if (Contains(folded, "ngay", "nao") || Contains(folded, "hom", "nao") || Contains(folded, "ngay", "may"))
        {
            kinds.Add(Expected.Day);
        }

        var units = new List<Unit>();
        if (kind == QuestionKind.Number || AsksCount(question))
        {
            units = CountedUnits(question);
            kinds.Add(Expected.Count);
        }

        if (kinds.Count == 0 && (kind == QuestionKind.Time || Contains(folded, "bao", "lau")))
        {
            kinds.Add(Expected.Time);
        }

        var offices = new List<Office>();
        // "ở đâu", "địa điểm", "ở hội trường nào": a place named after "tại"/"ở" ("tại Hội trường Tỉnh ủy"); "tỉnh nào"
        // is met by the province.
        if (Contains(folded, "o", "dau") || Contains(folded, "tai", "dau") || Contains(folded, "dia", "diem") || Contains(folded, "noi", "nao")
            || AsksVenue(folded))
        {
            kinds.Add(Expected.Venue);
        }

        // "thuộc huyện nào", "ở xã nào": a district or commune of that kind named ("huyện Hướng Hóa").
        // Typed with diacritics the word must be that one: "cơ quan nào" is not "quận nào".
        var localities = Localities.Where(l => Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i =>
                tokens[i].Folded == l.Key && tokens[i + 1].Folded == "nao" && (tokens[i].Typed == tokens[i].Folded || tokens[i].Typed == l.Value.Word)))
            .Select(l => l.Value.Pattern).ToList();
        if (localities.Count > 0)
        {
            kinds.Add(Expected.Locality);
        }

        // Who, whatever else the question asks ("báo cáo viên là ai, giảng viên ở đâu"); "tên là gì" wants the name itself.
        var asksName = AsksPerson(tokens) && (Contains(folded, "ten", "gi") || Contains(folded, "ten", "la") || Contains(folded, "ho", "ten"));
        if (asksName || kind == QuestionKind.Person || AsksPerson(tokens))
        {
            kinds.Add(asksName ? Expected.Name : Expected.Person);
            offices = AskedOffices(Expanded(tokens));
        }

        // "hiện nay", "hiện tại", "đương nhiệm": a former holder ("nguyên Trưởng ban") is not the one asked about.
        var current = Contains(folded, "hien", "nay") || Contains(folded, "hien", "tai") || Contains(folded, "duong", "nhiem");
        var focus = Clauses(question).SelectMany(c => TimeAskerStarts(c).Select(a => FocusBefore(c, a))).OfType<string[]>().ToList();
        var years = YearNumber().Matches(question).Select(m => m.Value).Distinct().ToList();
        var articles = ArticleNumber().Matches(question).Select(m => m.Groups["n"].Value.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        return new AnswerExpectation(kinds, units, focus, offices, current, years, articles, localities, Attribution(question));
    }

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

    // "ai" as a word, "đồng chí nào", "ông/bà nào", "do ai"; "tên là gì" of someone ("bà phó ban … tên là gì").
    private static bool AsksPerson(List<QueryToken> tokens)
    {
        var folded = tokens.Select(t => t.Folded).ToList();
        if (tokens.Any(t => t.Typed == "ai") || Contains(folded, "chi", "nao") || Contains(folded, "ong", "nao") || Contains(folded, "ba", "nao")
            || Contains(folded, "nguoi", "nao"))
        {
            return true;
        }

        var asksName = Contains(folded, "ten", "gi") || TokenSequence.Contains(folded, ["ten", "la", "gi"]);
        return asksName && tokens.Any(t => t.Typed is "ông" or "bà" or "đồng" or "người" or "chủ" or "bí" or "trưởng" or "phó" or "giảng");
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

    // The clause with abbreviations typed without diacritics written out ("TXCT" → tiếp xúc cử tri, "BDVTU" → Ban Dân
    // vận Tỉnh ủy); one with several readings ("CQ") becomes a function word, which nothing hangs on.
    private static List<QueryToken> Expanded(List<QueryToken> clause)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        var result = new List<QueryToken>(clause.Count + 4);
        for (var i = 0; i < clause.Count; i++)
        {
            if (!Abbreviations.IsTypedAsAbbreviation(clause[i]) || Abbreviations.Readings(folded, i, out var length) is not { } readings)
            {
                result.Add(clause[i]);
                continue;
            }

            result.AddRange(readings.Length == 1 ? readings[0].Split(' ').Select(w => new QueryToken(w, w)) : [new QueryToken("và", "va")]);
            i += length - 1;
        }

        return result;
    }

    // The offices a person question names, with "phó" when it asks for a deputy, and up to four words of the body they
    // head ("Trưởng Ban Dân vận Trung ương" → trưởng ban + dân vận trung).
    private static List<Office> AskedOffices(List<QueryToken> tokens)
    {
        var folded = tokens.Select(t => t.Folded).ToList();
        var offices = new List<Office>();
        for (var i = 0; i < folded.Count; i++)
        {
            var title = OfficeAt(folded, i);

            // Typed with diacritics, "trường" (a school) and "trương" are not "trưởng".
            if (title is null || (title[^1] == "truong" && tokens[i + title.Length - 1].Typed is not ("trưởng" or "truong")))
            {
                continue;
            }

            // "Trưởng" names its office by the word after it: Trưởng ban, Trưởng phòng, Trưởng đoàn.
            var length = title.Length == 1 && i + 1 < folded.Count ? 2 : title.Length;
            var end = i + length;
            while (end < folded.Count && end - i - length < 4 && !StopWords.IsStopWord(folded[end], folded[end]) && !char.IsDigit(folded[end][0])
                && folded[end] is not ("hien" or "nam" or "hom" or "nay") && !StartsProvince(folded, end))
            {
                end++;
            }

            // A deputy asked is met only by a deputy ("Phó Trưởng ban là ai" is not answered by the Trưởng ban).
            var deputy = i > 0 && folded[i - 1] == "pho";
            offices.Add(new Office(folded.Skip(deputy ? i - 1 : i).Take(deputy ? length + 1 : length).ToArray(), folded.Skip(i + length).Take(end - i - length).ToArray()));

            i += title.Length - 1;
        }

        return offices;
    }

    private static string[]? OfficeAt(IReadOnlyList<string> folded, int at) =>
        Offices.FirstOrDefault(o => TokenSequence.StartsAt(folded, at, o));

    private static readonly string[][] ProvinceTokens = Provinces.Names.Select(n => Provinces.FoldedTokens(n).ToArray()).ToArray();

    private static bool StartsProvince(List<string> folded, int at) =>
        ProvinceTokens.Any(p => TokenSequence.StartsAt(folded, at, p));

    // A sentence names the office asked when it holds its title, not as a deputy's, followed by the body asked or by
    // the end of its clause ("đồng chí X, Trưởng ban"): "Trưởng Ban Dân vận Tỉnh ủy" is not "Trưởng Ban Dân vận Trung ương".
    private bool HoldsOffice(string sentence)
    {
        if (_offices.Count == 0)
        {
            return true;
        }

        foreach (var clause in QueryBuilder.ClauseBreak().Split(sentence))
        {
            var folded = Abbreviations.Expand(Tokenizer.Tokenize(clause), keepAbbreviation: false);
            foreach (var office in _offices)
            {
                for (var i = 0; i + office.Title.Length <= folded.Count; i++)
                {
                    // The body asked, in its order, in the rest of the clause ("Ban Chỉ đạo phong trào thi đua Dân vận khéo"
                    // holds "chỉ đạo phong trào dân vận"), unless the clause ends with the title ("đồng chí X, Trưởng ban").
                    var bodyAt = i + office.Title.Length;
                    if (TokenSequence.StartsAt(folded, i, office.Title) && (i == 0 || !IsDeputyOrFormer(folded, i))
                        && (bodyAt == folded.Count || IsSubsequence(office.Body, folded, bodyAt)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsSubsequence(string[] words, List<string> folded, int from)
    {
        var k = 0;
        for (var i = from; i < folded.Count && k < words.Length; i++)
        {
            if (folded[i] == words[k])
            {
                k++;
            }
        }

        return k == words.Length;
    }

    /// <summary>An office asked about: its title ("trưởng ban") and the first words of the body it heads.</summary>
    private sealed record Office(string[] Title, string[] Body);

    // "Phó Trưởng ban", "Phó Vụ trưởng" (phó before the office); "nguyên Trưởng ban" when the question asks who holds it now.
    private bool IsDeputyOrFormer(List<string> folded, int at) =>
        folded[at - 1] == "pho" || (_current && folded[at - 1] == "nguyen");

    /// <summary>True when <paramref name="sentence"/> holds the kind of fact the question asks for (any, if it asks several).</summary>
    public bool IsMetBy(string sentence) => _kinds.Count == 0 || KindsMetBy(sentence) != 0;

    /// <summary>All the kinds of fact the question asks for, one bit each (0 for a question asking for none).</summary>
    public int AllKinds => _kinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

    /// <summary>Which of the kinds of fact asked the sentence holds, one bit each as in <see cref="AllKinds"/>.</summary>
    public int KindsMetBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mask = 0;
        foreach (var kind in _kinds)
        {
            if (IsMetBy(kind, sentence))
            {
                mask |= 1 << (int)kind;
            }
        }

        return mask != 0 && IsAboutOtherYear(sentence) ? 0 : mask;
    }

    /// <summary>
    /// True unless the question asks what a named person said about something ("Đồng chí Lê Xuân Đại nói gì về chuyển
    /// đổi số?") and the fields (a sentence, its neighbours, its document's context) do not hold both the name and the
    /// first words of that topic: what he said about another topic does not answer it.
    /// </summary>
    public bool HoldsAttribution(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (_attribution is not { } attribution)
        {
            return true;
        }

        var topics = Synonyms.Of(string.Join(' ', attribution.Topic)).Select(t => t.Split(' ')).Append(attribution.Topic).ToList();
        return fields.Any(f => TokenSequence.Contains(f, attribution.Speaker)) && topics.Any(t => fields.Any(f => TokenSequence.Contains(f, t)));
    }

    // "X nói gì về T", "X nhận xét gì về T", "theo X … đánh giá gì về T": X a person's name, T's first one or two words.
    private static (string[] Speaker, string[] Topic)? Attribution(string question)
    {
        var name = PersonName().Match(question);
        if (!name.Success)
        {
            return null;
        }

        var tokens = Tokenizer.TokenizeTyped(question[(name.Index + name.Length)..]);
        var folded = tokens.Select(t => t.Folded).ToList();
        var about = -1;
        for (var i = 0; i + 2 < folded.Count && about < 0; i++)
        {
            foreach (var verb in SayingVerbs)
            {
                if (TokenSequence.StartsAt(folded, i, verb) && i + verb.Length + 1 < folded.Count && folded[i + verb.Length] == "gi" && folded[i + verb.Length + 1] == "ve")
                {
                    about = i + verb.Length + 2;
                    break;
                }
            }
        }

        if (about < 0)
        {
            return null;
        }

        var topic = tokens.Skip(about).SkipWhile(IsFunctionWord).TakeWhile(t => !IsFunctionWord(t)).Take(2).Select(t => t.Folded).ToArray();
        var speaker = Tokenizer.Tokenize(name.Value).SkipWhile(t => t is "dong" or "chi" or "d" or "c" or "ong" or "ba" or "ts" or "ths" or "pgs" or "gs").ToArray();
        return topic.Length == 0 || speaker.Length == 0 ? null : (speaker, topic);
    }

    private static readonly string[][] SayingVerbs = new[]
    {
        "noi", "nhan xet", "danh gia", "phat bieu", "nhan manh", "chia se", "cho biet", "luu y", "de nghi", "khang dinh", "de cap", "trinh bay",
    }.Select(v => v.Split(' ')).ToArray();

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

    private bool IsMetBy(Expected kind, string sentence) =>
        kind switch
        {
            Expected.Count => HoldsCount(sentence),
            Expected.Time => Digit().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Year => YearNumber().IsMatch(sentence),
            Expected.Day => DayNumber().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Person => PersonWords().IsMatch(sentence) && HoldsOffice(sentence),
            Expected.Venue => VenueWords().IsMatch(sentence),
            Expected.Name => PersonName().IsMatch(sentence) && HoldsOffice(sentence),
            Expected.Locality => _localities.Any(l => l.IsMatch(sentence)),
            _ => true,
        };

    private bool HoldsCount(string sentence)
    {
        if (!MayHoldNumber.IsMatch(sentence))
        {
            return false;
        }

        // Dates are not counts: "(20 – 22/10), các học viên" says nothing about how many.
        sentence = DayNumber().Replace(sentence, " ; ");
        var romans = Roman().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = Tokenizer.TokenizeTyped(sentence);
        var numbers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var typed = tokens[i].Typed;
            if ((char.IsDigit(typed[0]) || NumberWords.Contains(typed) || romans.Contains(typed)) && !IsQuantifier(tokens, i))
            {
                numbers.Add(i);
            }
        }

        if (numbers.Count == 0)
        {
            return false;
        }

        if (_units.Count == 0)
        {
            return true;
        }

        var folded = tokens.Select(t => t.Folded).ToList();
        foreach (var unit in _units)
        {
            if (unit.Syllables[0] == "phan" && Percent().IsMatch(sentence))
            {
                return true;
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                var after = k + unit.Syllables.Length - 1;
                if (SameUnit(unit, tokens, folded, k) &&
                    numbers.Any(n => (!unit.NumberAfter && k - n is > 0 and <= CountBefore) || (n - after is > 0 and <= CountAfter)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "một số cán bộ", "một vài", "một cách": "some", "a few", "a way" — no count.
    private static bool IsQuantifier(List<QueryToken> tokens, int at) =>
        tokens[at].Typed == "một" && at + 1 < tokens.Count && tokens[at + 1].Typed is "số" or "vài" or "cách" or "trong" or "khi" or "lúc";

    // Any word for people counts people: "bao nhiêu người" is answered by "170 học viên" or "800 cán bộ".
    private static bool SameUnit(Unit unit, List<QueryToken> tokens, List<string> folded, int at)
    {
        // Asked with diacritics, the written word must be the one asked: "căn nhà" folds like "cán bộ".
        if (TokenSequence.StartsAt(folded, at, unit.Syllables) && (unit.TypedHead is null || tokens[at].Typed == tokens[at].Folded
            || VietnameseText.SpellingKey(tokens[at].Typed, folded[at]) == VietnameseText.SpellingKey(unit.TypedHead, folded[at])))
        {
            return true;
        }

        if (Synonyms.Of(string.Join(' ', unit.Syllables)).Any(other => TokenSequence.StartsAt(folded, at, other.Split(' '))))
        {
            // A unit's other names count it too: "bao nhiêu cây số" ← "12 km".
            return true;
        }

        var word = folded[at];
        return unit.CountsPeople && (PeopleWords.Contains(word) || (at + 1 < folded.Count && PeoplePairs.Contains(word + " " + folded[at + 1])));
    }

    // Heads of the words for people a question may count by ("học" of học viên, "cán" of cán bộ …).
    private static readonly HashSet<string> People = new(["nguoi", "hoc", "can", "dai", "dang", "hoi", "cong", "vien", "thanh", "dong", "ho", "luot", "ca"], StringComparer.Ordinal);

    private static readonly HashSet<string> PeopleWords = new(["nguoi", "ho", "luot"], StringComparer.Ordinal);

    private static readonly HashSet<string> PeoplePairs = new(
        ["hoc vien", "can bo", "dai bieu", "dang vien", "hoi vien", "cong chuc", "vien chuc", "thanh vien", "dong chi", "ca nhan", "hoc sinh"],
        StringComparer.Ordinal);

    // Positions right after "bao nhiêu" or "mấy" (typed with diacritics, or "may" without any in the question).
    private static IEnumerable<int> AskerAt(List<QueryToken> tokens)
    {
        var plain = tokens.All(t => string.Equals(t.Typed, t.Folded, StringComparison.Ordinal));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Folded == "bao" && i + 1 < tokens.Count && tokens[i + 1].Folded is "nhieu" or "nhiu")
            {
                yield return i + 2;
                i++;
            }
            else if (tokens[i].Typed == "mấy" || (plain && tokens[i].Folded == "may"))
            {
                yield return i + 1;
            }
        }
    }

    private static bool AsksCount(string question) => Clauses(question).Any(c => AskerAt(c).Any());

    // What each "bao nhiêu"/"mấy" counts: the head of the word right after it ("bao nhiêu mô hình" → mô, "mấy ngày"
    // → ngày), or when nothing follows in its clause the word right before it ("dân số là bao nhiêu", "lần thứ mấy").
    private static List<Unit> CountedUnits(string question)
    {
        var units = new List<Unit>();
        foreach (var clause in Clauses(question))
        {
            foreach (var start in AskerAt(clause))
            {
                if (start < clause.Count && !IsFunctionWord(clause[start]))
                {
                    units.Add(new Unit([clause[start].Folded], NumberAfter: false, IsPeopleHead(clause[start]),
                        clause[start].Typed == clause[start].Folded ? null : clause[start].Typed));

                    // The whole word too when it has other names ("cây số" ← "km").
                    if (start + 1 < clause.Count && Synonyms.Of(clause[start].Folded + " " + clause[start + 1].Folded).Count > 0)
                    {
                        units.Add(new Unit([clause[start].Folded, clause[start + 1].Folded], NumberAfter: false));
                    }

                    continue;
                }

                // "số mấy", "lần thứ mấy": a number or numeral right after "số"/"thứ" ("Kế hoạch số 05", "lần thứ XX"), or
                // after what is numbered ("chỉ thị số mấy" ← "Chỉ thị 18/2000/CT-TTg").
                var asker = clause[start - 1].Folded == "may" ? 1 : 2;
                if (start - asker > 0 && clause[start - asker - 1].Folded is "so" or "thu" && clause[start - 1].Folded == "may")
                {
                    var numbered = start - asker - 1;
                    units.Add(new Unit([clause[numbered].Folded], NumberAfter: true));
                    var head = numbered;
                    while (head > 0 && numbered - head < 2 && !IsFunctionWord(clause[head - 1]))
                    {
                        head--;
                    }

                    if (head < numbered)
                    {
                        units.Add(new Unit(clause.Skip(head).Take(numbered - head).Select(t => t.Folded).ToArray(), NumberAfter: true));
                    }

                    continue;
                }

                // Before it, past function words ("dân số là bao nhiêu"): the number follows what it measures.
                var end = start - asker;
                while (end > 0 && IsFunctionWord(clause[end - 1]))
                {
                    end--;
                }

                var first = end;
                while (first > 0 && end - first < 2 && !IsFunctionWord(clause[first - 1]))
                {
                    first--;
                }

                if (first < end)
                {
                    units.Add(new Unit(clause.Skip(first).Take(end - first).Select(t => t.Folded).ToArray(), NumberAfter: true));
                }
            }
        }

        return units;
    }

    private static bool IsFunctionWord(QueryToken token) =>
        StopWords.IsStopWord(token.Typed, token.Folded) || char.IsDigit(token.Folded[0]);

    // The question's clauses, abbreviations written out ("bao nhiêu HV" counts học viên), "%" read as "phần trăm".
    private static IEnumerable<List<QueryToken>> Clauses(string question) =>
        QueryBuilder.ClauseBreak().Split(question.Replace("%", " phần trăm ", StringComparison.Ordinal))
            .Select(c => Expanded(Tokenizer.TokenizeTyped(c))).Where(c => c.Count > 0);

    /// <summary>
    /// What a count counts; <see cref="NumberAfter"/> when the number must follow it ("dân số 1,2 triệu");
    /// <see cref="CountsPeople"/> when it is a word for people, so that any other word for people will do.
    /// </summary>
    private sealed record Unit(string[] Syllables, bool NumberAfter, bool CountsPeople = false, string? TypedHead = null);

    // The head of a word for people ("học" of học viên, "cán" of cán bộ), as typed: "căn nhà" folds like "cán bộ".
    private static bool IsPeopleHead(QueryToken token) =>
        People.Contains(token.Folded) && (token.Typed == token.Folded || PeopleTyped.Contains(token.Typed));

    private static readonly HashSet<string> PeopleTyped = new(
        ["người", "học", "cán", "đại", "đảng", "hội", "công", "viên", "thành", "đồng", "hộ", "lượt", "cá"], StringComparer.Ordinal);

    private static bool Contains(List<string> folded, string first, string second) => TokenSequence.Contains(folded, [first, second]);
}
