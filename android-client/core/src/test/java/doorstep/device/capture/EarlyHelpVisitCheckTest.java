package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.FamilyRelationship;
import doorstep.device.api.model.NextAction;
import doorstep.device.api.model.RelationshipKind;
import doorstep.device.testing.Visits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The phone holds an early help visit to the server's rules, in words for the worker. */
class EarlyHelpVisitCheckTest {

    private final CaptureCheck check = new CaptureCheck(
            Clock.fixed(Instant.parse("2025-03-14T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void completeVisitHasNoProblems() {
        assertEquals(List.of(), check.problems(Visits.complete()));
    }

    @Test
    void aChildWithNeitherVoiceNorReasonIsRefused() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).seenAlone(null).voice(new ChildVoice().seen(false).spokenTo(false));

        assertEquals(List.of("Say why Lily was not seen."), check.problems(visit));
    }

    @Test
    void aChildWithNoVoiceAtAllIsRefused() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).voice(null);

        assertEquals(List.of("Say whether Lily was seen and spoken to."), check.problems(visit));
    }

    @Test
    void aChildSpokenToNeedsTheirOwnWords() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).getVoice().ownWords(" ");

        assertEquals(List.of("Write down what Lily said, in their own words."), check.problems(visit));
    }

    @Test
    void aChildNotSeenWithAReasonIsComplete() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).seenAlone(null)
                .voice(new ChildVoice().seen(false).spokenTo(false).notSpokenToReason("At her nan's for the week"));

        assertEquals(List.of(), check.problems(visit));
    }

    @Test
    void aChildSeenNeedsToSayWhetherSeenAlone() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).seenAlone(null);

        assertEquals(List.of("Say whether you saw Lily alone."), check.problems(visit));
    }

    @Test
    void aVisitWithNoChildrenIsIncomplete() {
        EarlyHelpVisit visit = Visits.complete().children(new ArrayList<>()).relationships(new ArrayList<>());

        assertEquals(List.of("Add the children. Record every child who lives in the household."), check.problems(visit));
    }

    @Test
    void aVisitInTheFutureIsQueried() {
        EarlyHelpVisit visit = Visits.complete().visitedAt(OffsetDateTime.parse("2025-03-14T04:00:00Z"));

        assertEquals(List.of("The time of the visit is in the future. Check the date and time."), check.problems(visit));
    }

    @Test
    void aVisitBefore2000IsQueried() {
        EarlyHelpVisit visit = Visits.complete().visitedAt(OffsetDateTime.parse("1999-12-31T10:00:00Z"));
        visit.getNextActions().clear();

        assertEquals(List.of("The time of the visit is before 2000. Check the date."), check.problems(visit));
    }

    @Test
    void aFormTheServerDoesNotKnowIsRefused() {
        EarlyHelpVisit visit = Visits.complete().formVersion("2025.9");

        assertEquals(List.of("This visit was made on a form the service no longer takes. Update the app and record it again."),
                check.problems(visit));
    }

    @Test
    void eachPartOfTheAnalysisIsNeeded() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getAnalysis().workingWell("").worriedAbout(null).needsToHappen("  ");

        assertEquals(List.of("Say what is working well.", "Say what you are worried about.", "Say what needs to happen."),
                check.problems(visit));
    }

    @Test
    void aNextActionNeedsWhatAndWho() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getNextActions().get(0).action(" ").owner(null);

        assertEquals(List.of("Say what next action 1 is.", "Say who will do next action 1."), check.problems(visit));
    }

    @Test
    void aNextActionDueBeforeTheVisitIsQueried() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getNextActions().get(0).dueOn(LocalDate.of(2025, 3, 12));

        assertEquals(List.of("The due date of next action 1 is before the visit. Check the date."), check.problems(visit));
    }

    @Test
    void aNextActionMayBeDueOnTheVisitDayOrTwoYearsAfter() {
        EarlyHelpVisit visit = Visits.complete();
        visit.addNextActionsItem(new NextAction().action("Call school").owner("Jo").dueOn(LocalDate.of(2025, 3, 13)));
        visit.addNextActionsItem(new NextAction().action("Review").owner("Jo").dueOn(LocalDate.of(2027, 3, 13)));

        assertEquals(List.of(), check.problems(visit));
    }

    @Test
    void aNextActionDueMoreThanTwoYearsAfterTheVisitIsQueried() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getNextActions().get(0).dueOn(LocalDate.of(2027, 3, 14));

        assertEquals(List.of("The due date of next action 1 is more than two years after the visit. Check the date."),
                check.problems(visit));
    }

    @Test
    void escalatingNeedsAReason() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getEscalation().escalate(true);

        assertEquals(List.of("Say why you are escalating to the MASH."), check.problems(visit));
    }

    @Test
    void anImmediateRiskIsOnlyNamedWithAnEscalation() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getEscalation().immediateRisk(true);

        assertEquals(List.of("You named an immediate risk to a child: escalate to the MASH, or take the immediate risk off."),
                check.problems(visit));
    }

    @Test
    void anEscalationWithAReasonAndImmediateRiskIsComplete() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getEscalation().escalate(true).reason("Lily has a bruise she will not explain.").immediateRisk(true);

        assertEquals(List.of(), check.problems(visit));
    }

    @Test
    void aRelationshipToSomeoneNotInTheVisitIsRefused() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getRelationships().get(0).toMentionId(UUID.randomUUID());

        assertEquals(List.of("A relationship names someone who is not in this visit. Remove it and add it again."),
                check.problems(visit));
    }

    @Test
    void aPersonIsNotRelatedToThemselves() {
        EarlyHelpVisit visit = Visits.complete();
        UUID jo = visit.getAdults().get(0).getMentionId();
        visit.addRelationshipsItem(new FamilyRelationship().fromMentionId(jo).toMentionId(jo).kind(RelationshipKind.CARER));

        assertEquals(List.of("A relationship links Jo to themselves. Check who it is between."), check.problems(visit));
    }

    @Test
    void thePersonAddedTwiceIsNamed() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getAdults().get(0).mentionId(visit.getChildren().get(0).getMentionId());
        visit.getRelationships().clear();

        assertEquals(List.of("Jo is entered twice as the same person. Remove one of them."), check.problems(visit));
    }

    @Test
    void oneNhsNumberGivenToAChildAndAnAdultIsQueried() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getChildren().get(0).nhsNumber("943 476 5919");
        visit.getAdults().get(0).nhsNumber("9434765919");

        assertEquals(List.of("Jo's NHS number is already given to someone else here. Check whose it is."),
                check.problems(visit));
    }

    @Test
    void aHiddenCharacterInTheAnalysisIsQueried() {
        EarlyHelpVisit visit = Visits.complete();
        visit.getAnalysis().worriedAbout("Shouting\u202E at night");

        assertEquals(List.of("Check what you are worried about: it holds a hidden control or formatting character"
                + " (it may have been pasted in); retype it."), check.problems(visit));
    }
}
