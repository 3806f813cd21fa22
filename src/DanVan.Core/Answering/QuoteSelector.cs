using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Which sentences an answer quotes: the one holding the asked fact first, then one for each other kind of fact the
/// question asks ("khai mạc ở đâu và kéo dài mấy ngày") — together the answer — and close context while it fits.
/// </summary>
internal static class QuoteSelector
{
    /// <summary>Sentences quoted at most.</summary>
    public const int MaxSentences = 3;

    /// <summary>Characters of quotation in all.</summary>
    public const int MaxChars = 900;

    public static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) Answer(SentenceCollection collection, AnswerExpectation expectation, Func<SentenceCandidate, long> documentOf)
    {
        var best = collection.Best!;
        var primary = Lead(collection, expectation, documentOf)!;
        var chosen = new List<SentenceCandidate> { primary };
        if (expectation.AsksReason)
        {
            chosen = Premises(collection, primary, expectation);
        }

        // A question asking several things quotes, for each kind of fact no chosen sentence holds, the best sentence of
        // the same document that holds it.
        var missing = expectation.AllKinds & ~primary.Kinds;
        var document = documentOf(primary);
        while (missing != 0 && chosen.Count < MaxSentences)
        {
            var more = collection.Candidates.Where(c => (c.Kinds & missing) != 0 && c.Coverage > 0 && documentOf(c) == document && !chosen.Contains(c))
                .MaxBy(c => c.Score);
            if (more is null)
            {
                break;
            }

            chosen.Add(more);
            missing &= ~more.Kinds;
        }

        return WithContext(chosen, collection, best);
    }

    // Context: the best-scoring other sentences, close to the best, while they fit.
    private static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) WithContext(List<SentenceCandidate> chosen, SentenceCollection collection, SentenceCandidate best)
    {
        var answering = chosen.Count;
        foreach (var candidate in collection.Candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= MaxSentences || candidate.Score < best.Score * 0.7)
            {
                break;
            }

            if (candidate.Coverage > 0 && !chosen.Any(c => c == candidate || string.Equals(c.Text, candidate.Text, StringComparison.Ordinal))
                && Length(chosen) + Quote.Cut(candidate.Text).Length <= MaxChars)
            {
                chosen.Add(candidate);
            }
        }

        return (chosen[..answering], chosen[answering..]);
    }

    /// <summary>
    /// A question asking several things (<see cref="AskedParts"/>) answered ask by ask, in the question's order: for each
    /// ask the sentence of the answer's document that answers it best — of an ask of a particular kind of fact, the sentence
    /// holding that kind and covering its words (read with the document's title) best; of another ask, the sentence
    /// covering at least <see cref="MinPartCoverage"/> of its words best —, quoted once when it answers several asks. An ask
    /// of a particular kind no sentence of the document holds is not answered: its index is returned in <c>Unstated</c> (an ask of no particular kind that no sentence covers is passed over).
    /// <c>PartsOf</c> gives, for each answering sentence, the asks it was quoted for. Only sentences <paramref name="aboutAsked"/>
    /// keeps are quoted (those of the article the question names). The lead — the sentence the answer to the whole question
    /// opens with — is quoted for an ask it answers unless the ask's own sentence ranks better, or more than
    /// <see cref="LeadMargin"/> better when the lead answers another ask too: one sentence holding every ask is quoted alone,
    /// and a sentence that repeats more of an ask's words does not displace the one holding the fact.
    /// </summary>
    public static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context, List<int> Unstated, List<List<int>> PartsOf) ByPart(SentenceCollection collection,
        AnswerExpectation expectation, IReadOnlyList<AskedPart> parts, Func<SentenceCandidate, long> documentOf, Func<SentenceCandidate, string> titleOf,
        Func<SentenceCandidate, bool> aboutAsked)
    {
        var document = documentOf(collection.Supporting!);
        var own = collection.Candidates.Where(c => c.Coverage > 0 && documentOf(c) == document && aboutAsked(c)).ToList();
        var lead = Lead(collection, expectation, documentOf) is { } first && own.Contains(first) ? first : null;
        var picks = parts.Select(part => BestFor(part, own, titleOf)).ToList();
        // An ask of a particular kind no sentence holds as the ask alone reads it (it may misread what is counted: "năm 2024
        // đạt mục tiêu bao nhiêu" counts "mục tiêu" where the question asks a rate) is answered by the sentence holding that
        // kind as the whole question reads it that answers the ask best.
        var readWhole = parts.Select((part, i) => picks[i] is null && part.Holds is not null
            ? own.Where(c => (c.Kinds & part.Expectation.AllKinds) != 0).MaxBy(c => (Rank(part, c, titleOf), c.Score)) : null).ToList();
        var leadAnswers = parts.Select((part, i) => lead is not null && LeadAnswers(part, lead, picks[i] ?? readWhole[i])).ToList();
        // Asks the lead answers on evidence of its own: it covers some of the ask's words, or no sentence holds the ask as
        // the ask alone reads it (a kind the lead holds of a sentence covering none of an ask's words is no evidence:
        // "… mạnh lên ở khâu nào" is not answered by "… ở Cà Mau").
        var leadEvidence = parts.Select((part, i) => leadAnswers[i] && (picks[i] is null || part.Covers(lead!.Text, titleOf(lead)) > 0)).ToList();
        var chosen = new List<SentenceCandidate>();
        var partsOf = new List<List<int>>();
        var unstated = new List<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (part, pick) = (parts[i], picks[i]);
            if (DecisionTrace.IsOn)
            {
                DecisionTrace.Add($"ask \"{part.Text}\" ({(part.Holds is null ? "no kind" : "kind")}): {(pick is null ? "no sentence" : $"{part.Covers(pick.Text, titleOf(pick)):0.000} [{pick.PassageRank + 1}] {Clip(pick.Text)}")}");
            }

            // The lead answering the ask is quoted for it, unless the ask's own sentence ranks clearly better; when it ranks lower,
            // only when the lead answers another ask too (one sentence rather than two).
            // Nor does a lead that leaves out the aspect the ask asks displace a sentence that says it ("có hiệu lực từ bao
            // giờ" ← "… có hiệu lực từ ngày 1/7/2023", not "… Luật … năm 2022 và Nghị định 59/2023").
            if (lead is not null && pick is not null && pick != lead && leadAnswers[i] && !SaysAspectLeadLacks(part, pick, lead))
            {
                var (byLead, byPick) = (Rank(part, lead, titleOf), Rank(part, pick, titleOf));
                if (byLead >= byPick || (byLead >= byPick - LeadMargin && leadEvidence.Where((_, j) => j != i).Any(e => e)))
                {
                    DecisionTrace.Add($"ask \"{part.Text}\": the lead ({byLead:0.000} against {byPick:0.000}) [{lead.PassageRank + 1}] {Clip(lead.Text)}");
                    pick = lead;
                }
            }
            else if (pick is null && (leadAnswers[i] ? lead : readWhole[i]) is { } holding)
            {
                DecisionTrace.Add($"ask \"{part.Text}\": holds its kind of fact as the question reads it [{holding.PassageRank + 1}] {Clip(holding.Text)}");
                pick = holding;
            }

            if (pick is null)
            {
                if (part.Holds is not null)
                {
                    unstated.Add(i);
                }
            }
            else if (chosen.FindIndex(c => c == pick || string.Equals(c.Text, pick.Text, StringComparison.Ordinal)) is var at and >= 0)
            {
                partsOf[at].Add(i);
            }
            else
            {
                chosen.Add(pick);
                partsOf.Add([i]);
            }
        }

        if (chosen.Count == 0)
        {
            return ([], [], unstated, []);
        }

        var (answer, context) = WithContext(chosen, collection, collection.Best ?? chosen[0]);
        return (answer, context, unstated, partsOf);

        // The lead answers an ask of no particular kind when it covers enough of its words; an ask of a particular kind when
        // it holds that kind as the ask reads it, in the form asked when the ask's own sentence holds it so ("bao nhiêu người
        // dự" ← "Tham dự … có 185 học viên"), or, when no sentence holds it as the ask reads it (the ask alone misreads what
        // is counted: "năm 2024 đạt mục tiêu bao nhiêu"), as the whole question reads it.
        bool LeadAnswers(AskedPart part, SentenceCandidate lead, SentenceCandidate? pick) =>
            part.Holds is null ? part.Covers(lead.Text, titleOf(lead)) >= MinPartCoverage
                : pick is not null && !part.Holds(pick.Text) ? (lead.Kinds & part.Expectation.AllKinds) != 0 && Rank(part, lead, titleOf) >= Rank(part, pick, titleOf) - LeadMargin
                : pick is not null && part.Holds(lead.Text) && (!part.Expectation.HoldsAsAsked(pick.Text) || part.Expectation.HoldsAsAsked(lead.Text));
    }

    private static bool SaysAspectLeadLacks(AskedPart part, SentenceCandidate pick, SentenceCandidate lead) =>
        part.Expectation.HoldsAspects(IndexText.Tokens(pick.Text)) && !part.Expectation.HoldsAspects(IndexText.Tokens(lead.Text));

    // The sentence answering an ask best: of an ask of a particular kind, of those holding it; of another, of those covering
    // at least MinPartCoverage of its words; first of those saying the aspect the ask asks ("hiệu lực"), if any does.
    // An office given what an ask of "ai" asks holds it only when no sentence of the document names someone who does (as
    // in SentenceCollector: "được lãnh đạo Vụ … truyền đạt" yields to "Đồng chí Vy Tư Liệu … truyền đạt").
    private static SentenceCandidate? BestFor(AskedPart part, List<SentenceCandidate> own, Func<SentenceCandidate, string> titleOf)
    {
        var holding = own.Where(c => part.Holds?.Invoke(c.Text) ?? true).Select(c => (Candidate: c, Met: part.Holds is null ? 0 : part.Expectation.KindsMetBy(c.Text))).ToList();
        var named = holding.Any(x => part.Expectation.NamesPersonAsked(x.Candidate.Text, x.Met));
        return holding.Where(x => !named || (x.Met & ~part.Expectation.OfficeOnlyKinds(x.Candidate.Text, x.Met)) != 0).Select(x => x.Candidate)
            .Select(c => (Candidate: c, Part: part.Covers(c.Text, titleOf(c))))
            .Where(x => part.Holds is not null || x.Part >= MinPartCoverage)
            .OrderByDescending(x => part.Expectation.HoldsAspects(IndexText.Tokens(x.Candidate.Text)))
            .ThenByDescending(x => Rank(part, x.Candidate, titleOf, x.Part)).ThenByDescending(x => x.Candidate.Score).Select(x => x.Candidate).FirstOrDefault();
    }

    // How well a sentence answers an ask: its coverage of the ask, and the share of the ask's words as typed (but those of
    // its document's title) it holds.
    private static double Rank(AskedPart part, SentenceCandidate sentence, Func<SentenceCandidate, string> titleOf, double? covers = null)
    {
        var words = IndexText.Tokens(part.Text).Except(IndexText.Tokens(titleOf(sentence)), StringComparer.Ordinal).ToList();
        var held = IndexText.Tokens(sentence.Text).ToHashSet(StringComparer.Ordinal);
        return (covers ?? part.Covers(sentence.Text, titleOf(sentence))) + (WordShareWeight * words.Count(held.Contains) / Math.Max(1, words.Count));
    }

    /// <summary>The sentence the answer of a question asking one thing opens with: of a specific kind of fact, the best scoring sentence of the supporting document holding it; else the best scoring sentence.</summary>
    private static SentenceCandidate? Lead(SentenceCollection collection, AnswerExpectation expectation, Func<SentenceCandidate, long> documentOf) =>
        expectation.IsSpecific && collection.Supporting is { } supporting ? FactFirst(collection, supporting, documentOf) : collection.Best;

    /// <summary>
    /// A question asking several things (<see cref="AskedParts"/>) quotes for each ask the sentence of the answer's document
    /// that holds the kind of fact it asks and covers its words best, when no answering sentence covers them as well and
    /// it covers at least <see cref="MinPartCoverage"/> of them ("… và nó thay cho văn bản nào cũ?" ← "… thay thế Quy chế số
    /// 05-QC/ĐU"). An ask of a kind of fact no answering sentence holds ("…, tổ chức ở đâu?": its words are all asking
    /// words) quotes the best scoring sentence of the document that holds it, however little of its words it covers.
    /// <paramref name="titleOf"/> gives a sentence's document title, read with it for an ask of a specific kind of fact (a
    /// count, a day): the sentence holding it rarely repeats the course and province the ask names ("… có mấy người đi lớp
    /// 'Dân vận khéo'" ← "Tham dự lớp tập huấn có 185 học viên"), and holding that kind is evidence of its own. The
    /// answer's own sentences are read without it: one quoted for another ask does not hold this one by the title alone
    /// ("khen thưởng 27 học viên", quoted for "tổ chức ở đâu", does not answer "bao nhiêu người đi học").
    /// </summary>
    public static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) EachPart(List<SentenceCandidate> answer, List<SentenceCandidate> context,
        SentenceCollection collection, IReadOnlyList<AskedPart> parts, Func<SentenceCandidate, long> documentOf, Func<SentenceCandidate, string> titleOf)
    {
        var document = documentOf(answer[0]);
        foreach (var part in parts)
        {
            double Part(SentenceCandidate c) => part.Covers(c.Text, part.Holds is null ? null : titleOf(c));
            if (answer.Count >= MaxSentences)
            {
                break;
            }

            // An ask of a particular kind of fact an answering sentence holds is answered: one sentence holding every ask is
            // quoted alone rather than beside one repeating more of an ask's words.
            if (part.Holds is { } kind && answer.Any(a => kind(a.Text)))
            {
                continue;
            }

            var held = answer.Select(c => part.Covers(c.Text, null)).DefaultIfEmpty(0).Max();
            var others = collection.Candidates.Where(c => c.Coverage > 0 && documentOf(c) == document && !answer.Any(a => a == c || a.Text == c.Text))
                .Select(c => (Candidate: c, Part: Part(c))).ToList();
            var best = others.DefaultIfEmpty().MaxBy(x => x.Part);
            var chosen = best.Candidate is not null && best.Part >= MinPartCoverage && best.Part > held ? best.Candidate
                : part.Holds is { } holds && !answer.Any(a => holds(a.Text))
                    ? others.Where(x => holds(x.Candidate.Text)).OrderByDescending(x => x.Part).ThenByDescending(x => x.Candidate.Score).Select(x => x.Candidate).FirstOrDefault()
                    : null;
            if (DecisionTrace.IsOn)
            {
                DecisionTrace.Add($"each part \"{part.Text}\": held {held:0.000}, best other {best.Part:0.000} {(best.Candidate is null ? "" : Clip(best.Candidate.Text))}");
            }

            if (chosen is not null)
            {
                answer.Add(chosen);
                context = context.Where(c => c.Text != chosen.Text).ToList();
            }
        }

        return (answer, context.Take(Math.Max(0, MaxSentences - answer.Count)).ToList());
    }

    /// <summary>
    /// How much the share of an ask's words as typed (but those of its document's title) that a sentence holds, asking words included ("bao nhiêu người dự" ←
    /// "Tham dự … có 185 học viên", not "khen thưởng 27 học viên"), adds to its coverage when the ask's sentence is chosen.
    /// </summary>
    private const double WordShareWeight = 0.25;

    /// <summary>
    /// How far below the best sentence for an ask the lead may rank and still be quoted for it. Set from the readable dev
    /// sets: where the sentence for an ask was weaker than the lead, the lead ranked at most 0.072 below it; where it
    /// answered the ask and the lead did not, the lead ranked at least 0.23 below.
    /// </summary>
    private const double LeadMargin = 0.1;

    /// <summary>How much of an ask's words a sentence must cover to be quoted for it.</summary>
    public const double MinPartCoverage = 0.1;


    // The sentence to open with: of the supporting document's sentences holding the kind of fact asked, the best scoring
    // one that says something ("1." of a numbered list holds a digit but no fact).
    private static SentenceCandidate FactFirst(SentenceCollection collection, SentenceCandidate supporting, Func<SentenceCandidate, long> documentOf) =>
        collection.Candidates.Where(c => c.Kinds != 0 && c.Coverage > 0 && c.Text.Length >= MinFactChars && documentOf(c) == documentOf(supporting))
            .MaxBy(c => c.Score) ?? supporting;

    private const int MinFactChars = 20;

    /// <summary>
    /// A reason stated by the paragraph before a consequence ("2016 là năm đầu triển khai … Trong khi đó, đội ngũ … có
    /// nhiều thay đổi về nhân sự … Do đó, năm 2016, … chú trọng tập huấn"): the sentence before it and, while they fit the
    /// answer part, the best scoring earlier sentences of its paragraph, in the order written. Otherwise the sentence alone.
    /// </summary>
    private static List<SentenceCandidate> Premises(SentenceCollection collection, SentenceCandidate reason, AnswerExpectation expectation)
    {
        var next = collection.Candidates.FirstOrDefault(c => c.PassageRank == reason.PassageRank && c.Position == reason.Position + 1);
        if (next is null || next.Line != reason.Line || !expectation.OpensWithConsequence(next.Text))
        {
            return [reason];
        }

        var chosen = new List<SentenceCandidate> { reason };
        var room = Quote.MaxAnswerChars - reason.Text.Length;
        foreach (var earlier in collection.Candidates.Where(c => c.PassageRank == reason.PassageRank && c.Line == reason.Line && c.Position < reason.Position)
            .OrderByDescending(c => c.Score))
        {
            if (earlier.Text.Length <= room)
            {
                chosen.Add(earlier);
                room -= earlier.Text.Length;
            }
        }

        return [.. chosen.OrderBy(c => c.Position)];
    }

    /// <summary>Related material: the one or two closest sentences, from different places.</summary>
    public static List<SentenceCandidate> Related(SentenceCollection collection) =>
        collection.Candidates.Where(c => c.Coverage > 0).OrderByDescending(c => c.Coverage).ThenByDescending(c => c.Score)
            .DistinctBy(c => c.Text).Take(2).ToList();

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";

    private static int Length(IEnumerable<SentenceCandidate> chosen) => chosen.Sum(c => Quote.Cut(c.Text).Length);
}
