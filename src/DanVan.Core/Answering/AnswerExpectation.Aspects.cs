using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The aspect a question asks of what it names ("tiêu chuẩn để được công nhận …", "tiền thân của …", "còn hiệu lực
// không", "có hài lòng không"): the materials answer it only where they say it, in its own words or the lexicon's
// other words for it (the groups of "aspects"). A window that names the thing but not the aspect is related material.
public sealed partial class AnswerExpectation
{
    /// <summary>The aspects asked, each a group of phrases any of which says it (empty when none is asked).</summary>
    private IReadOnlyList<IReadOnlyList<LexiconPhrase>> Aspects { get; init; } = [];

    /// <summary>
    /// True when the fields (indexed tokens of a sentence, its neighbours and its document's context) say every aspect
    /// the question asks, by a phrase of its group or a synonym of one; true when it asks none.
    /// </summary>
    public bool HoldsAspects(params IReadOnlyList<string>[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Aspects.All(group => group.Any(phrase => _lexicon.SynonymsOf(phrase.Key).Select(s => s.Split(' ')).Append(phrase.Folded)
            .Any(words => fields.Any(f => TokenSequence.Contains(f, words)))));
    }

    // The aspect groups named in a clause that asks (a question word, a kind's cue) or closes as a yes/no question
    // ("còn hiệu lực không"): in a clause that only sets the scene they are not what is asked.
    private static List<IReadOnlyList<LexiconPhrase>> AskedAspects(string question, QuestionLexicon lexicon) =>
        Clauses(question, lexicon)
            .Where(c => AsksOwnQuestion(c, lexicon) || lexicon.Kinds.Values.Any(cues => lexicon.FindCues(c, cues).Any()) || LexiconMatcher.Find(c, lexicon.Form.YesNoClosers).Any())
            .SelectMany(c => lexicon.Aspects.Where(group => lexicon.FindCues(c, group).Any()))
            .Distinct().ToList();
}
