namespace DanVan.Core.Lexicon;

// A local file (and the shipped vocabulary.json, everyday.json, otherfields.json) adds to the shipped lexicon: lists are
// appended, kinds and roles merged by name, a course-role group merged into the shipped group it shares a phrase with.
public sealed partial class QuestionLexicon
{
    private static LexiconData Merge(LexiconData shipped, LexiconData local)
    {
        foreach (var (kind, cues) in local.Kinds)
        {
            shipped.Kinds[kind] = [.. shipped.Kinds.GetValueOrDefault(kind) ?? [], .. cues];
        }

        foreach (var (role, titles) in local.Offices.Roles)
        {
            shipped.Offices.Roles[role] = [.. shipped.Offices.Roles.GetValueOrDefault(role) ?? [], .. titles];
        }

        foreach (var (target, source) in Lists(shipped).Zip(Lists(local)))
        {
            target.AddRange(source);
        }

        shipped.Bodies.AddRange(local.Bodies);
        foreach (var group in local.Offices.CourseRoles)
        {
            // A group sharing a phrase with a shipped one adds its other ways of saying that role to it.
            var same = shipped.Offices.CourseRoles.FirstOrDefault(g => g.Intersect(group, StringComparer.OrdinalIgnoreCase).Any());
            if (same is null)
            {
                shipped.Offices.CourseRoles.Add(group);
            }
            else
            {
                same.AddRange(group.Except(same, StringComparer.OrdinalIgnoreCase));
            }
        }

        foreach (var (kind, asker) in local.Guesses.Askers)
        {
            shipped.Guesses.Askers[kind] = asker;
        }

        shipped.Synonyms.AddRange(local.Synonyms);
        shipped.Aspects.AddRange(local.Aspects);
        shipped.AskedHeads.OtherNames.AddRange(local.AskedHeads.OtherNames);
        shipped.AskedHeads.Evidence.AddRange(local.AskedHeads.Evidence);
        shipped.Measures.WholeAreas.AddRange(local.Measures.WholeAreas);
        shipped.Measures.CountedActs.AddRange(local.Measures.CountedActs);
        shipped.Events.AddRange(local.Events);
        shipped.Units.OtherNames.AddRange(local.Units.OtherNames);
        shipped.Units.Classes.AddRange(local.Units.Classes);
        shipped.Units.Ordinals.AddRange(local.Units.Ordinals);
        shipped.Units.Time.AddRange(local.Units.Time);
        return shipped;
    }

    private static List<string>[] Lists(LexiconData d) =>
    [
        d.CountAskers, d.NumberedMarkers, d.QuestionPhrases, d.Units.People, d.Units.PeopleOfKind, d.NumberWords, d.Quantifiers, d.PeriodWords,
        d.Offices.Titles, d.Offices.Deputy, d.Offices.Former, d.Offices.Current, d.Offices.Holding, d.CourseEvents, d.FocusGap, d.QualifierEnds, d.TimeAskers, d.DurationAskers, d.ClockAskers, d.ClockUnits, d.ReasonAskers,
        d.VenueAskers, d.YearSpanNouns, d.VenueNotPlaces, d.VenueWords, d.OnlineWords, d.Localities, d.BodyKinds, d.PersonMarkers, d.PersonTitles,
        d.PersonNameWords, d.FamilyNames, d.SayingVerbs, d.PlannedYearWords, d.GivenFrames, d.PlaceWords, d.DocumentTypes, d.RelativeTimes, d.OtherFields, d.WhichWords, d.BodyEnds, d.BodyLevels,
        d.AboutAskers, d.ArticleWords, d.ClauseWords, d.PointWords, d.Words, d.CountNouns, d.Definitions.Markers, d.Definitions.NotTerms,
        d.Units.Classifiers, d.Form.Chat, d.Form.Courtesy, d.Form.Particles, d.Form.Approximators, d.Form.IndefiniteAskers, d.Form.Numbered, d.Form.IndefiniteTimes, d.Form.ListImperatives,
        d.Form.YesNoOpeners, d.Form.YesNoClosers, d.Form.AskFrames, d.Form.LaterAskers, d.Form.Joiners, d.Form.Alternatives,
        d.Measures.Verbs, d.Measures.RateWords, d.Measures.QualifierLinks, d.Measures.Planned, d.Measures.Achieved, d.Measures.Places, d.Measures.Later, d.Measures.Alone,
        d.Attributes, d.Money.Askers, d.Money.Asked, d.Money.Counted, d.Money.Units, d.Money.OtherWords,
        d.Lists.Askers, d.Lists.Openers, d.Lists.Closers, d.ArticleNumberAskers, d.Participants.Askers, d.Participants.Acts, d.Participants.Markers, d.Participants.Groups,
        d.Reasons.PurposeAskers, d.Reasons.ResultAskers, d.Reasons.CauseMarkers, d.Reasons.ConsequenceOpeners, d.Reasons.AskerSpans, d.Reasons.PurposeMarkers, d.Reasons.ResultMarkers,
        d.Form.Magnitudes, d.Form.NamePrepositions, d.Form.Existentials, d.Form.Evaluatives,
        d.BodyDescriptions.Kinds, d.BodyDescriptions.Duties, d.BodyDescriptions.Links, d.Offices.Speakers,
        d.PremiseOpeners, d.PremiseClosers, d.IssuingActs, d.Guesses.Approximators, d.Guesses.CountLeads, d.Guesses.CountedNouns, d.Lists.Contents, d.Definitions.TermOpeners, d.Definitions.TermEnds,
        d.TimeScope.Now, d.TimeScope.NowStated, d.TimeScope.Later, d.TimeScope.LaterStated, d.TimeScope.NotTime, d.TimeScope.YearEnd, d.TimeScope.Compare, d.TimeScope.Since, d.TimeScope.SinceStated,
        d.AskedHeads.Times, d.AskedHeads.Vague, d.AskedHeads.Courses, d.AskedHeads.Indefinites, d.AskedHeads.Rankings, d.AskedHeads.RankingsStated, d.AskedHeads.NotRankings, d.AskedHeads.Comparatives, d.AskedHeads.ComparisonJoiners,
    ];
}
