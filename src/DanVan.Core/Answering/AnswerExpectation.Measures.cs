using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// What a count, a percentage or a rate measures, and whether the figure asked was planned or achieved. "Đồng bào có
// đạo chiếm bao nhiêu phần trăm dân số" is not answered by "đồng bào dân tộc thiểu số chiếm khoảng 32% dân số", nor
// "thực tế đã giải quyết được bao nhiêu phần trăm" by "phấn đấu giải quyết trên 97%". The words come from the
// lexicon's "measures".
public sealed partial class AnswerExpectation
{
    // How many words name what is measured ("tỷ lệ giải quyết đơn thư", "dân tộc thiểu số chiếm").
    private const int MaxMeasured = 3;

    // How many words after "phần trăm" name the whole it is a share of: its head ("phần trăm dân số tỉnh Đắk Nông" →
    // dân; "phần trăm xã thực hiện tốt …" → xã, met by "100% xã, phường").
    private const int PercentOf = 1;

    private enum Stage
    {
        Any,
        Planned,
        Achieved,
        Later,
    }

    // Whether the question asks a planned figure ("phấn đấu", "mục tiêu") or an achieved one ("đã", "thực tế"); a
    // question with both markers ("năm 2023 đạt …, năm 2024 phấn đấu …") asks a target too.
    private Stage AskedStage { get; init; }

    private static Stage StageOf(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon) =>
        LexiconMatcher.Find(tokens, lexicon.LaterYears).Any() ? Stage.Later
        : IsPlanned(tokens, lexicon) ? Stage.Planned
        : LexiconMatcher.Find(tokens, lexicon.AchievedMarkers).Any() ? Stage.Achieved
        : Stage.Any;

    // A planned marker that is not part of an achieved one ("yêu cầu" is a request, "đạt yêu cầu" a result). Words read
    // both ways when typed without diacritics ("dat chi tieu": đặt, to set, or đạt, to reach) reach the target when the
    // question says surely elsewhere that it asks a result ("thuc te da giai quyet …, co dat chi tieu khong"), else set it.
    private static bool IsPlanned(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon)
    {
        var achieved = LexiconMatcher.Find(tokens, lexicon.AchievedMarkers).ToList();
        return LexiconMatcher.Find(tokens, lexicon.PlannedMarkers)
            .Any(p => !achieved.Any(a => a.At <= p.At && p.At + p.Length <= a.At + a.Length
                && (a.Length > p.Length || (a.Length == p.Length && achieved.Any(o => (o.At >= p.At + p.Length || o.At + o.Length <= p.At) && IsSure(o))))));

        // A marker of one syllable typed without diacritics may be another word ("dan dat": dẫn dắt, no "đạt").
        bool IsSure((int At, int Length) marker) => marker.Length > 1 || tokens[marker.At].Typed != tokens[marker.At].Folded;
    }

    // A sentence stating a target ("Năm 2024, tỉnh phấn đấu giải quyết trên 97% …") does not say what was achieved; one
    // reporting what was achieved ("năm 2023 … đạt 96,4%") does not give the target of a year it does not name. Numbers
    // that name something ("Kế hoạch số 05") are neither.
    private bool HoldsAskedStage(string sentence)
    {
        if (!HoldsAloneYears(sentence))
        {
            return false;
        }

        if (AskedStage == Stage.Any || _units.Any(u => u.Numbered))
        {
            return true;
        }

        var tokens = Tokenizer.TokenizeWritten(sentence);
        var planned = IsPlanned(tokens, _lexicon);
        if (AskedStage == Stage.Later)
        {
            // "năm sau tỉnh mở thêm mấy lớp": what was done in the year reported does not say what followed.
            return planned;
        }

        var otherYear = IsOfOtherYearOnly(sentence);
        if (AskedStage == Stage.Achieved)
        {
            return !planned && !otherYear;
        }

        return planned || !otherYear || !LexiconMatcher.Find(tokens, _lexicon.AchievedMarkers).Any();
    }

    // The years a count is asked of alone ("riêng năm 2022 có thêm bao nhiêu mô hình"): the year right after a marker of
    // the lexicon's `measures.alone`, past "năm".
    private IReadOnlyList<string> AloneYears { get; init; } = [];

    private static List<string> AloneYearsOf(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon) =>
        LexiconMatcher.Find(tokens, lexicon.AloneMarkers)
            .SelectMany(m => tokens.Skip(m.At + m.Length).Take(2).Select(t => t.Folded).Where(w => w.Length == 4 && DatePatterns.Year().IsMatch(w)).Take(1))
            .ToList();

    // A year asked alone is counted only by a sentence naming it, not inside a period ("giai đoạn 2021 – 2022, … 312 mô
    // hình"), nor by one naming no year (a target, "phấn đấu mỗi xã có ít nhất 3 mô hình").
    private bool HoldsAloneYears(string sentence)
    {
        var outside = AloneYears.Count == 0 ? sentence : DatePatterns.YearSpan().Replace(sentence, " ");
        return AloneYears.All(y => outside.Contains(y, StringComparison.Ordinal));
    }

    // The question names a year and the sentence names years, none of them asked ("năm 2023 … đạt 96,4%" for 2024);
    // a year inside a document's number ("Chỉ thị 18/2000/CT-TTg") or name ("Luật … năm 2022", DocumentYears) is none.
    private bool IsOfOtherYearOnly(string sentence)
    {
        sentence = DocumentYears.Without(sentence, _lexicon);
        var years = DatePatterns.Year().Matches(sentence)
            .Where(m => (m.Index == 0 || sentence[m.Index - 1] is not ('/' or '-')) && (m.Index + m.Length == sentence.Length || sentence[m.Index + m.Length] is not ('/' or '-')))
            .Select(m => m.Value).ToList();
        return _years.Count > 0 && years.Count > 0 && !years.Intersect(_years).Any();
    }

    // The level a rate asks of what it measures: the words after a measuring verb that follows the rate word, before the
    // asker ("tỷ lệ học viên đạt loại giỏi … là bao nhiêu" → loại giỏi), up to a function word, a place or a number.
    // "100% đạt yêu cầu" does not say how many were graded giỏi.
    private static string[] ReachedBy(List<QueryToken> clause, int asker, QuestionLexicon lexicon)
    {
        if (lexicon.FindCues(clause, lexicon.RateWords).Where(r => r.At + r.Length < asker).Select(r => (int?)(r.At + r.Length)).LastOrDefault() is not { } from
            || LexiconMatcher.Find(clause, lexicon.MeasureVerbs).Where(v => v.At >= from && v.At + v.Length < asker).Select(v => (int?)(v.At + v.Length)).FirstOrDefault() is not { } after)
        {
            return [];
        }

        var place = PlaceMask(clause, lexicon);
        var words = new List<string>();
        for (var i = after; i < asker && words.Count < MaxMeasured && !IsFunctionWord(clause[i]) && !place[i] && !lexicon.QualifierEnds.Contains(clause[i].Folded)
            && LexiconMatcher.LongestAt(clause, i, lexicon.MeasureVerbs) == 0; i++)
        {
            words.Add(clause[i].Folded);
        }

        return [.. words];
    }

    // A percentage answers when the words near it, in its part of the sentence (between semicolons), hold what it
    // measures and the whole it is a share of; any word for people stands for people asked ("phần trăm người học" ← "100% học viên"
    // in "230 học viên …, 100% đạt yêu cầu").
    private bool HoldsPercent(Unit unit, string sentence)
    {
        foreach (var part in sentence.Split(';'))
        {
            var tokens = Tokenizer.TokenizeTyped(part);
            foreach (var at in _lexicon.Patterns.Percent.Matches(part).Select(m => Tokenizer.TokenizeTyped(part[..m.Index]).Count))
            {
                var first = Math.Max(0, at - PercentBefore);
                var near = tokens.Skip(first).Take(at - first + PercentAfter).ToList();
                var folded = near.Select(t => t.Folded).ToList();
                if (HoldsWords(unit.Measured, folded) && HoldsWords(unit.Reached, folded) && (HoldsQualifier(unit, folded) || (unit.ShareOfPeople && LexiconMatcher.Find(near, _lexicon.PeopleUnits).Any())))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How near a percentage what it measures must be, in words: "tỷ lệ giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm
    // quyền đạt 96,4%", "230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu".
    private const int PercentBefore = 15;

    private const int PercentAfter = 8;

    // A rate word whose synonyms hold the percent unit ("tỷ lệ" ~ "phần trăm") asks a percentage.
    private static bool AsksPercentRate(string question, QuestionLexicon lexicon)
    {
        var percent = string.Join(' ', Tokenizer.Tokenize(lexicon.PercentWord));
        return Clauses(question, lexicon).Any(c => LexiconMatcher.Find(c, lexicon.RateWords)
            .Any(r => lexicon.SynonymsOf(string.Join(' ', c.Skip(r.At).Take(r.Length).Select(t => t.Folded))).Contains(percent)));
    }

    // The words of the clause that name a province ("Đắk Nông") or a place ("toàn tỉnh"): where a figure is, not what it
    // measures.
    private static bool[] PlaceMask(List<QueryToken> clause, QuestionLexicon lexicon)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        var mask = new bool[clause.Count];
        foreach (var (at, length) in LexiconMatcher.Find(clause, lexicon.MeasurePlaces))
        {
            Array.Fill(mask, true, at, length);
        }

        foreach (var name in Provinces.Mentioned(folded).Select(Provinces.FoldedTokens))
        {
            for (var i = 0; i + name.Count <= folded.Count; i++)
            {
                if (folded.Skip(i).Take(name.Count).SequenceEqual(name))
                {
                    Array.Fill(mask, true, i, name.Count);
                }
            }
        }

        return mask;
    }

    // A unit with what narrows it and what it measures; a percentage's qualifier is the whole it is a share of
    // ("phần trăm dân số tỉnh …" → dân): its head.
    private static Unit Narrowed(Unit unit, string[] qualifier, string[] measured, QuestionLexicon lexicon) =>
        unit with
        {
            Qualifier = unit.IsPercent ? qualifier[..Math.Min(PercentOf, qualifier.Length)] : qualifier,
            Measured = measured,
            ShareOfPeople = unit.IsPercent && CountsPeople(qualifier, lexicon),
        };

    private static bool CountsPeople(string[] words, QuestionLexicon lexicon) =>
        words.Length > 0 && LexiconMatcher.LongestAt(words.Select(w => new QueryToken(w, w)).ToList(), 0, lexicon.PeopleUnits) > 0;

    // What the number asked measures: the words after a rate word ("tỷ lệ giải quyết đơn thư … đạt bao nhiêu", "chỉ
    // số hài lòng … đạt bao nhiêu"), function words at their ends left out, or else the run of content words right
    // before a measuring verb in front of the asker ("đồng bào dân tộc thiểu số chiếm bao nhiêu"); none when the
    // question says neither. A rate word typed without diacritics inside a word the lexicon knows is none: "dat muc
    // tieu bao nhieu phan tram" (mục tiêu) names no rate.
    private static string[] MeasuredBy(List<QueryToken> clause, int asker, QuestionLexicon lexicon)
    {
        var words = new List<QueryToken>();
        var place = PlaceMask(clause, lexicon);
        if (lexicon.FindCues(clause, lexicon.RateWords).Where(r => r.At + r.Length < asker).Select(r => (int?)(r.At + r.Length)).LastOrDefault() is { } from)
        {
            for (var i = from; i < asker && words.Count < MaxMeasured; i++)
            {
                if (char.IsDigit(clause[i].Folded[0]) || place[i] || lexicon.QualifierEnds.Contains(clause[i].Folded) || LexiconMatcher.LongestAt(clause, i, lexicon.MeasureVerbs) > 0)
                {
                    break;
                }

                words.Add(clause[i]);
            }
        }
        else if (LexiconMatcher.Find(clause, lexicon.MeasureVerbs)
                     .Where(v => v.At + v.Length <= asker && Enumerable.Range(v.At + v.Length, asker - v.At - v.Length).All(i => IsFunctionWord(clause[i])))
                     .Select(v => (int?)v.At).LastOrDefault() is { } verb)
        {
            // The run of words right before it, past a place and a year ("đồng bào DTTS ở Đắk Nông năm 2021 chiếm"):
            // "dân số của tỉnh là" measures what "tỉnh" holds, "đồng bào có đạo chiếm" "đạo".
            var i = verb - 1;
            while (i >= 0 && (IsFunctionWord(clause[i]) || place[i] || lexicon.FocusGap.Contains(clause[i].Folded)))
            {
                i--;
            }

            for (; i >= 0 && words.Count < MaxMeasured && !IsFunctionWord(clause[i]) && !place[i] && !lexicon.QualifierEnds.Contains(clause[i].Folded); i--)
            {
                words.Insert(0, clause[i]);
            }
        }

        return words.SkipWhile(IsFunctionWord).Reverse().SkipWhile(IsFunctionWord).Reverse().Select(w => w.Folded).ToArray();
    }
}
