package doorstep.people;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonLink;
import doorstep.api.model.PersonLinkRelationship;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.Place;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.RiskAnswers;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2022 Solihull finding, as a test: a girl not linked to her father, whose history of domestic
 * abuse was recorded under a misspelt name, so the risk he posed was invisible at the front door.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolihullCaseTest extends ApiTest {

    private static final LocalDate GIRLS_BIRTHDAY = LocalDate.of(2019, 6, 14);
    private static final LocalDate FATHERS_BIRTHDAY = LocalDate.of(1986, 2, 9);

    @Test
    void girlsContactShowsHerFatherHisOrderAndTheEarlierIncidentRecordedUnderAMisspeltName() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer firstOfficer = Referrer.policeOfficer(api, TENANT);
        Referrer secondOfficer = Referrer.policeOfficer(api, TENANT);

        // Given an incident in March where the father's name was typed "Jonh Smyth" and his order noted
        UUID earlier = firstOfficer.refer(incident(OffsetDateTime.of(2026, 3, 2, 21, 30, 0, 0, ZoneOffset.UTC),
                new PersonName("Jonh", "Smyth"), List.of(new RiskMarkerRequest(RiskMarkerKind.NON_MOLESTATION_ORDER,
                        "Family court", LocalDate.of(2026, 1, 20)).expiresOn(LocalDate.of(2027, 1, 20)))));
        // When a different officer records a later incident with his name spelt correctly
        UUID later = secondOfficer.refer(incident(OffsetDateTime.of(2026, 11, 20, 19, 5, 0, 0, ZoneOffset.UTC),
                new PersonName("John", "Smith"), List.of()));

        // Then the triager's view of the girl's new contact shows her father, his order and the March incident
        ContactDetail contact = Referrer.openContact(api, triager, later);
        PersonNetwork girl = contact.getChildNetworks().get(0);
        assertEquals("Lily", girl.getPerson().getName().getGivenName());
        List<PersonLink> father = girl.getLinks().stream()
                .filter(link -> FATHERS_BIRTHDAY.equals(link.getPerson().getDateOfBirth())).toList();
        assertTrue(father.stream().anyMatch(l -> l.getRelationship() == PersonLinkRelationship.PARENT), "linked as her parent");
        assertTrue(father.stream().anyMatch(l -> l.getRelationship() == PersonLinkRelationship.POSES_A_RISK_TO_THEM),
                "linked as posing a risk to her");
        PersonLink link = father.get(0);
        assertEquals(1, father.stream().map(l -> l.getPerson().getPersonId()).distinct().count(), "one father, not two");
        assertEquals(List.of(RiskMarkerKind.NON_MOLESTATION_ORDER), link.getRiskMarkers().stream().map(m -> m.getKind()).toList());
        assertEquals(List.of(later, earlier), link.getIncidents().stream().map(i -> i.getIncidentId()).toList(),
                "both incidents, newest first, including the one under the misspelt name");
    }

    private static DomesticAbuseIncident incident(OffsetDateTime at, PersonName father, List<RiskMarkerRequest> orders) {
        Child girl = new Child(UUID.randomUUID(), new PersonName("Lily", "Smith"), ChildPresence.PRESENT,
                new ChildVoice(true, true).spokenToAlone(true).ownWords("Daddy was shouting at Mummy again"))
                .dateOfBirth(GIRLS_BIRTHDAY);
        Adult mother = new Adult(UUID.randomUUID(), new PersonName("Sarah", "Smith"), AdultRole.VICTIM)
                .dateOfBirth(LocalDate.of(1990, 11, 3)).relationshipToChildren("mother");
        Adult dad = new Adult(UUID.randomUUID(), father, AdultRole.SUSPECT).dateOfBirth(FATHERS_BIRTHDAY)
                .relationshipToChildren("father").knownRiskMarkers(orders);
        return new DomesticAbuseIncident(1, at, new Place().addressLine("4 Elm Grove").town("Solihull").postcode("B91 3QT"),
                "Report of shouting; mother has visible injuries.", List.of(mother, dad), List.of(girl),
                new RiskAnswers("safelives-dash", "2009", List.of(new RiskAnswer("dash-q1", RiskAnswerAnswer.YES)), false));
    }
}
