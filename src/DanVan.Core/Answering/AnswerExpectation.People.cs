using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// People: who is asked for — an office and the body it heads, a name, and what a named person said.
public sealed partial class AnswerExpectation
{
    // Offices a person question may name. "Phó Trưởng ban" does not answer "Trưởng ban là ai", nor "Phó Chủ tịch" "Chủ tịch".
    private static readonly string[][] Offices =
        [["chu", "tich"], ["bi", "thu"], ["giam", "doc"], ["chu", "nhiem"], ["thu", "tuong"], ["vu", "truong"], ["cuc", "truong"],
         ["bo", "truong"], ["hieu", "truong"], ["truong"]];

    // A person: "đồng chí …", "ông/bà X", a title, or a full name of capitalised syllables ("Nguyễn Thế Trung").
    [GeneratedRegex(@"(?i:\b(đồng chí|đ/c|ông|bà|chủ tịch|bí thư|trưởng ban|phó|giám đốc|vụ trưởng|thượng tá|đại tá|thiếu tướng|trung tướng)\b)|\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+")]
    private static partial Regex PersonWords();

    // A person's name: a Vietnamese family name and one to three more capitalised syllables ("Nguyễn Thị Hồng Hạnh",
    // "Ma Thị Hồng Nhung"), or a capitalised name after đồng chí / ông / bà / an academic title ("TS. Lê Quang Vinh").
    [GeneratedRegex(@"\b(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lâm|Mai|Ma|Vy|Vi|Hà|Tô|Lương|Cao|Chu|Tạ|Kiều|Thái|Lò|Lục|Nông|Triệu|Quách|Đào|Trịnh|Lưu|Tăng|Khúc|La|Âu|Mạc|Giáp|Hứa|Thân|Tống|Từ|Ninh|Bế|Hầu|Sầm|Y|H)(\s+\p{Lu}\p{Ll}*){1,3}\b|(?i:\b(đồng chí|đ/c|ông|bà|TS\.|ThS\.|PGS\.|GS\.))(\s+\p{Lu}\p{Ll}*){2,4}\b")]
    private static partial Regex PersonName();

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
}
