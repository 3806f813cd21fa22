using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The act a person or a date is asked about: "chuyên đề … do ai trình bày", "do đồng chí Bí thư nào ký", "giữ chức …
// từ năm nào". A sentence naming someone beside the topic, or a date beside the person, says nothing of that act.
public sealed partial class AnswerExpectation
{
    // The acts a person, a name or a locality asked hangs on (the lexicon's event groups), anywhere in the question.
    private IReadOnlyList<IReadOnlyList<LexiconPhrase>> PersonEvents { get; init; } = [];

    // The acts a date asked hangs on: those in a clause that asks when.
    private IReadOnlyList<IReadOnlyList<LexiconPhrase>> TimeEvents { get; init; } = [];

    // The event groups named in the tokens. An act whose object is asked ("giữ chức gì") is left out, and for a person
    // asked one whose object is an office ("ai giữ chức Trưởng ban"): the office is what the sentence must hold
    // (HoldsOffice checks it).
    private static List<IReadOnlyList<LexiconPhrase>> AskedEvents(List<QueryToken> tokens, QuestionLexicon lexicon, bool person)
    {
        var groups = new List<IReadOnlyList<LexiconPhrase>>();
        // Not a one-syllable act typed without diacritics inside a word the lexicon writes otherwise ("dinh ky" is định kỳ, no "ký").
        foreach (var (at, length) in lexicon.FindCues(tokens, lexicon.EventPhrases))
        {
            // "giữ chức gì", "trình bày chuyên đề nào": what the act is about is asked, not who did it.
            if ((person && NamesOffice(tokens, at + length, lexicon)) || tokens.Skip(at + length).Take(2).Any(t => lexicon.WhichWords.Contains(t.Folded)))
            {
                continue;
            }

            var group = lexicon.Events.First(g => g.Any(p => p.Length == length && p.StartsAt(tokens, at)));
            if (!groups.Contains(group))
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    // An office or a role starts at (or right after function words at) the position: "giữ chức (làm) Trưởng ban".
    private static bool NamesOffice(List<QueryToken> tokens, int at, QuestionLexicon lexicon)
    {
        while (at < tokens.Count && IsFunctionWord(tokens[at]))
        {
            at++;
        }

        return at < tokens.Count && (lexicon.Deputy.Contains(tokens[at].Folded) || LexiconMatcher.LongestAt(tokens, at, lexicon.Titles) > 0
            || lexicon.Roles.Any(r => r.Role.StartsAt(tokens, at)));
    }

    // A sentence (typed with diacritics, as the materials are) says one of the acts asked, or none is asked.
    private static bool HoldsEvent(string sentence, IReadOnlyList<IReadOnlyList<LexiconPhrase>> events)
    {
        if (events.Count == 0)
        {
            return true;
        }

        var tokens = Tokenizer.TokenizeWritten(sentence);
        return events.Any(group => LexiconMatcher.Find(tokens, group).Any());
    }

    // The window (folded tokens) says one of the acts a date asked hangs on, or none is asked.
    private bool HoldsTimeEvent(IReadOnlyList<string>[] fields) =>
        TimeEvents.Count == 0 || TimeEvents.Any(group => group.Any(p => fields.Any(f => TokenSequence.Contains(f, p.Folded))));

    private static List<IReadOnlyList<LexiconPhrase>> TimeEventsOf(string question, QuestionLexicon lexicon) =>
        Clauses(question, lexicon).Where(c => LexiconMatcher.Find(c, lexicon.TimeAskers).Any())
            .SelectMany(c => AskedEvents(c, lexicon, person: false)).Distinct().ToList();
}
