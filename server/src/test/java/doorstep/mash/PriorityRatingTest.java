package doorstep.mash;

import doorstep.api.model.Adult;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.Rag;
import doorstep.api.model.RatedBy;
import doorstep.api.model.RatingReason;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contact is rated the moment it lands, by the tenant's rules over what the capture reported and
 * what the MASH knows of the children: the rules that set it are named, and so is a repeat.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriorityRatingTest extends ApiTest {

    private static final LocalDate EIGHT_YEARS_OLD = LocalDate.now().minusYears(8);
    private static final String RUN = UUID.randomUUID().toString();

    Referrer officer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        officer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @Test
    void anInjuredChildMakesAStandardRiskIncidentRedOnTheRedClockNamingTheRule() {
        DomesticAbuseIncident incident = family("Injured", EIGHT_YEARS_OLD);
        incident.getChildren().get(0).injured(true);

        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(incident));

        assertEquals(Rag.RED, contact.getRag());
        assertEquals(List.of(new RatingReason("injury", "A child was injured")), contact.getRatingReasons());
        assertEquals(List.of("A child was injured"), contact.getRagReasons());
        assertEquals(RatedBy.RULES, contact.getRatedBy());
        assertEquals(1, contact.getRepeatCount());
        assertEquals(WorkingDayCalendar.englandAndWales().addWorkingHours(contact.getReceivedAt().toInstant(),
                Duration.ofHours(4)), contact.getDueAt().toInstant());
    }

    @Test
    void aStandardRiskIncidentAboutAnEightYearOldIsGreenSayingSo() {
        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(family("Calm", EIGHT_YEARS_OLD)));

        assertEquals(Rag.GREEN, contact.getRag());
        assertEquals(List.of(new RatingReason("dash-standard", "Standard risk on the DASH checklist")),
                contact.getRatingReasons());
    }

    @Test
    void aChildUnderFiveMakesTheContactAmber() {
        ContactSummary contact = Referrer.contactFor(api, triager,
                officer.refer(family("Toddler", LocalDate.now().minusYears(3))));

        assertEquals(Rag.AMBER, contact.getRag());
        assertEquals(List.of("child-under-five"), rules(contact));
    }

    @Test
    void aChildsThirdContactIn12MonthsIsRaisedAStepAndSaysWhy() {
        UUID first = officer.refer(family("Repeat", EIGHT_YEARS_OLD));
        UUID second = officer.refer(family("Repeat", EIGHT_YEARS_OLD));

        UUID third = officer.refer(family("Repeat", EIGHT_YEARS_OLD));

        assertEquals(List.of(Rag.GREEN, Rag.GREEN), List.of(Referrer.contactFor(api, triager, first).getRag(),
                Referrer.contactFor(api, triager, second).getRag()));
        ContactSummary contact = Referrer.contactFor(api, triager, third);
        assertEquals(Rag.AMBER, contact.getRag());
        assertEquals(3, contact.getRepeatCount());
        assertEquals(new RatingReason("repeat-contact", "Third contact about this child in 12 months"),
                contact.getRatingReasons().get(1));
        ContactDetail detail = Referrer.openContact(api, triager, third);
        assertEquals(3, detail.getContactsInLast12Months());
        assertEquals(2, detail.getEarlierContacts().size());
    }

    @Test
    void anAdultLinkedToTheChildWithASexualHarmMarkerMakesTheContactRed() {
        DomesticAbuseIncident incident = family("Harm", EIGHT_YEARS_OLD);
        suspect(incident).knownRiskMarkers(List.of(marker(RiskMarkerKind.SEXUAL_HARM_RISK, null)));

        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(incident));

        assertEquals(Rag.RED, contact.getRag());
        assertEquals(List.of(new RatingReason("linked-sexual-harm",
                "Someone linked to a child carries a sexual harm risk marker")), contact.getRatingReasons());
    }

    @Test
    void anAdultLinkedToTheChildWithADomesticAbuseOrderInForceMakesTheContactAmber() {
        DomesticAbuseIncident incident = family("Order", EIGHT_YEARS_OLD);
        suspect(incident).knownRiskMarkers(List.of(marker(RiskMarkerKind.NON_MOLESTATION_ORDER,
                LocalDate.now().plusMonths(6))));

        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(incident));

        assertEquals(Rag.AMBER, contact.getRag());
        assertEquals(List.of("linked-domestic-abuse"), rules(contact));
    }

    @Test
    void anOrderThatHasExpiredIsNoLinkedRisk() {
        DomesticAbuseIncident incident = family("Expired", EIGHT_YEARS_OLD);
        suspect(incident).knownRiskMarkers(List.of(new RiskMarkerRequest(RiskMarkerKind.NON_MOLESTATION_ORDER,
                "Family court", LocalDate.now().minusYears(3)).expiresOn(LocalDate.now().minusYears(1))));

        ContactSummary contact = Referrer.contactFor(api, triager, officer.refer(incident));

        assertEquals(Rag.GREEN, contact.getRag());
        assertTrue(rules(contact).stream().noneMatch(rule -> rule.startsWith("linked")));
    }

    /** A standard-risk incident about one child of a family of its own, so no other test's people link to it. */
    private static DomesticAbuseIncident family(String name, LocalDate childBorn) {
        return Captures.incidentAbout(name + "-" + RUN, childBorn, 0);
    }

    private static Adult suspect(DomesticAbuseIncident incident) {
        return incident.getAdults().stream().filter(adult -> adult.getRole() == doorstep.api.model.AdultRole.SUSPECT)
                .findFirst().orElseThrow();
    }

    private static RiskMarkerRequest marker(RiskMarkerKind kind, LocalDate expiresOn) {
        return new RiskMarkerRequest(kind, "Police national computer", LocalDate.now().minusMonths(2))
                .expiresOn(expiresOn);
    }

    private static List<String> rules(ContactSummary contact) {
        return contact.getRatingReasons().stream().map(RatingReason::getRule).toList();
    }
}
