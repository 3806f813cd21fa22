using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Who a course is for: "những ai được cử đi học", "lớp dành cho đối tượng nào". The materials answer with the groups
// they list ("Tham dự có lãnh đạo các sở, ban, ngành; chủ tịch UBND các huyện …"), not with a person's name, so a
// sentence naming one official (who opened the course) is not the only kind of answer.
public sealed partial class AnswerExpectation
{
    /// <summary>Group words a sentence lists at least, after what opens its participants.</summary>
    private const int MinParticipantGroups = 2;

    /// <summary>Words at most between what opens the participants and the first group ("có 185 học viên là trưởng …").</summary>
    private const int ParticipantGap = 4;

    // A participants asker ("những ai", "đối tượng nào"), or a person asked ("ai") in a clause naming an act of taking part.
    private static bool AsksParticipants(string question, QuestionLexicon lexicon) =>
        Clauses(question, lexicon).Any(c => lexicon.FindCues(c, lexicon.ParticipantAskers).Any()
            || (lexicon.Asks("person", c) && lexicon.FindCues(c, lexicon.ParticipantActs).Any()));

    // A sentence listing groups of people after what opens its participants ("tham dự", "học viên là", "cho").
    private bool ListsParticipants(string sentence)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        foreach (var (at, length) in LexiconMatcher.Find(tokens, _lexicon.ParticipantMarkers))
        {
            var groups = LexiconMatcher.Find(tokens.Skip(at + length).ToList(), _lexicon.ParticipantGroups).ToList();
            if (groups.Count >= MinParticipantGroups && groups[0].At <= ParticipantGap)
            {
                return true;
            }
        }

        return false;
    }
}
