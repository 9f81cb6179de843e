package doorstep.mash;

import doorstep.capture.RiskSignal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the MASH rates a contact from its signals, its children's linked risks and their repeat contacts. */
class PriorityRulesTest {

    private final PriorityRules defaults = new PriorityRules(List.of());

    @Test
    void theGravestFactsAreRedByDefault() {
        for (RiskSignal red : List.of(RiskSignal.DASH_HIGH, RiskSignal.JUDGEMENT_HIGH, RiskSignal.CHILD_UNDER_ONE,
                RiskSignal.INJURY, RiskSignal.EXPLOITATION_AT_THRESHOLD, RiskSignal.EXPLOITATION_JUDGED_HIGH,
                RiskSignal.IMMEDIATE_RISK)) {
            assertEquals(RagRating.RED, rate(Set.of(red), Set.of(), 1).rag(), red.rule());
        }
        assertEquals(RagRating.RED, rate(Set.of(RiskSignal.DASH_STANDARD), Set.of(LinkedRisk.SEXUAL_HARM), 1).rag());
    }

    @Test
    void factsThatNeedADecisionSoonAreAmberByDefault() {
        for (RiskSignal amber : List.of(RiskSignal.DASH_MEDIUM, RiskSignal.CHILD_UNDER_FIVE, RiskSignal.MISSING_EPISODE,
                RiskSignal.ESCALATION)) {
            assertEquals(RagRating.AMBER, rate(Set.of(amber), Set.of(), 1).rag(), amber.rule());
        }
        assertEquals(RagRating.AMBER, rate(Set.of(RiskSignal.DASH_STANDARD), Set.of(LinkedRisk.DOMESTIC_ABUSE), 1).rag());
    }

    @Test
    void standardRiskAloneIsGreenSayingSo() {
        Rating rating = rate(Set.of(RiskSignal.DASH_STANDARD), Set.of(), 1);

        assertEquals(RagRating.GREEN, rating.rag());
        assertEquals(List.of(new RatingReason("dash-standard", "Standard risk on the DASH checklist")), rating.reasons());
    }

    @Test
    void theHighestRatingWinsAndOnlyTheRulesThatSetItAreGiven() {
        Rating rating = rate(Set.of(RiskSignal.DASH_MEDIUM, RiskSignal.CHILD_UNDER_ONE, RiskSignal.INJURY), Set.of(), 1);

        assertEquals(RagRating.RED, rating.rag());
        assertEquals(List.of("child-under-one", "injury"), rating.reasons().stream().map(RatingReason::rule).toList());
    }

    @Test
    void aChildsThirdContactIn12MonthsRaisesAmberToRedAndSaysWhy() {
        Rating rating = rate(Set.of(RiskSignal.DASH_MEDIUM), Set.of(), 3);

        assertEquals(RagRating.RED, rating.rag());
        assertEquals(List.of(new RatingReason("dash-medium", "Medium risk on the DASH checklist"),
                new RatingReason("repeat-contact", "Third contact about this child in 12 months")), rating.reasons());
        assertEquals(3, rating.repeatCount());
    }

    @Test
    void aLaterRepeatRaisesGreenToAmberNamingItsNumber() {
        Rating rating = rate(Set.of(RiskSignal.DASH_STANDARD), Set.of(), 22);

        assertEquals(RagRating.AMBER, rating.rag());
        assertEquals("22nd contact about this child in 12 months", rating.reasons().get(1).text());
    }

    @Test
    void aSecondContactDoesNotRaiseTheRating() {
        Rating rating = rate(Set.of(RiskSignal.DASH_STANDARD), Set.of(), 2);

        assertEquals(RagRating.GREEN, rating.rag());
        assertEquals(1, rating.reasons().size());
    }

    @Test
    void redCannotBeRaisedAndKeepsOnlyItsOwnReasons() {
        Rating rating = rate(Set.of(RiskSignal.DASH_HIGH), Set.of(), 5);

        assertEquals(RagRating.RED, rating.rag());
        assertEquals(List.of("dash-high"), rating.reasons().stream().map(RatingReason::rule).toList());
    }

    @Test
    void aTenantsOwnRulesReplaceTheDefaultsTheyNameAndNoOtherTenants() {
        PriorityRules rules = new PriorityRules(List.of(new TenantRulesConfiguration("strict-la",
                Map.of("dash-medium", "red", "linkedDomesticAbuse", "RED"))));

        assertEquals(RagRating.RED, rules.rate("strict-la", Set.of(RiskSignal.DASH_MEDIUM), Set.of(), 1).rag());
        assertEquals(RagRating.RED, rules.rate("strict-la", Set.of(RiskSignal.DASH_STANDARD),
                Set.of(LinkedRisk.DOMESTIC_ABUSE), 1).rag());
        assertEquals(RagRating.AMBER, rules.rate("strict-la", Set.of(RiskSignal.ESCALATION), Set.of(), 1).rag());
        assertEquals(RagRating.AMBER, rules.rate("other-la", Set.of(RiskSignal.DASH_MEDIUM), Set.of(), 1).rag());
    }

    @Test
    void anUnknownRuleInConfigurationStopsStartupNamingIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new PriorityRules(
                List.of(new TenantRulesConfiguration("strict-la", Map.of("dash-hihg", "red")))));

        assertTrue(refused.getMessage().contains("doorstep.mash.tenants.strict-la.rules.dash-hihg is not a rule"));
    }

    @Test
    void aRatingThatIsNotRedAmberOrGreenStopsStartupNamingIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new PriorityRules(
                List.of(new TenantRulesConfiguration("strict-la", Map.of("injury", "urgent")))));

        assertTrue(refused.getMessage().contains("use red, amber or green"));
    }

    private Rating rate(Set<RiskSignal> signals, Set<LinkedRisk> linked, int repeatCount) {
        return defaults.rate("any-la", signals, linked, repeatCount);
    }
}
