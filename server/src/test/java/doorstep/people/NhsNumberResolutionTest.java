package doorstep.people;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonIncidents;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonSummary;
import doorstep.api.model.Place;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.RiskAnswers;
import doorstep.api.model.Sex;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An NHS number recorded at the scene travels sealed to the server, resolves the child to the
 * person who had it before, and is shown to the triager with the date of birth an earlier record gave.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NhsNumberResolutionTest extends ApiTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(2016, 5, 3);

    @Test
    void childRecordedByHerMiddleNameWithoutHerDateOfBirthIsFoundByHerNhsNumber() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer firstOfficer = Referrer.policeOfficer(api, TENANT);
        Referrer secondOfficer = Referrer.policeOfficer(api, TENANT);

        UUID earlier = firstOfficer.refer(incident("Aleksandra", BIRTHDAY, "401 023 2137"));
        // Her middle name and no date of birth: without the number, another child of the household
        UUID later = secondOfficer.refer(incident("Maria", null, "4010232137"));

        ContactDetail contact = Referrer.openContact(api, triager, later);
        PersonSummary child = contact.getChildNetworks().get(0).getPerson();
        assertEquals("4010232137", child.getNhsNumber());
        assertEquals(BIRTHDAY, child.getDateOfBirth(), "the date of birth the earlier record gave");
        List<UUID> incidents = api.call(HttpRequest.GET("/v1/people/" + child.getPersonId() + "/incidents"), triager,
                PersonIncidents.class).getIncidents().stream().map(PersonIncident::getIncidentId).toList();
        assertEquals(List.of(later, earlier), incidents);
    }

    private static DomesticAbuseIncident incident(String givenName, LocalDate dateOfBirth, String nhsNumber) {
        Child child = new Child(UUID.randomUUID(), new PersonName(givenName, "Kowalska"), ChildPresence.PRESENT,
                new ChildVoice(true, true).spokenToAlone(true).ownWords("I stayed in my room"))
                .dateOfBirth(dateOfBirth).sex(Sex.FEMALE).nhsNumber(nhsNumber);
        Adult mother = new Adult(UUID.randomUUID(), new PersonName("Marta", "Kowalska"), AdultRole.VICTIM)
                .relationshipToChildren("mother");
        return new DomesticAbuseIncident(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2),
                new Place().addressLine("7 Wharf Lane").town("Birmingham").postcode("B27 6QT"),
                "Report of an argument between the mother and a former partner.", List.of(mother), List.of(child),
                new RiskAnswers("safelives-dash", "2009", List.of(new RiskAnswer("dash-q1", RiskAnswerAnswer.NO)), false));
    }
}
