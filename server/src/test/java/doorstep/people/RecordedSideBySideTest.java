package doorstep.people;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviews;
import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonIncidents;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.Place;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.RiskAnswers;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officer recorded two people, so they are two people: the mentions of one capture never
 * resolve to one person, however alike they look, and the people recorded side by side are known
 * apart from then on. With the thresholds as shipped.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedSideBySideTest extends ApiTest {

    @Inject
    DataSource dataSource;

    SignedIn triager;
    Referrer officer;
    StoredRows stored;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        officer = Referrer.policeOfficer(api, TENANT);
        stored = new StoredRows(dataSource);
    }

    // The simulator's own case. On a fresh tenant the matcher alone keeps these two apart (their birthdays
    // differ); in the simulator a long history of Zara Mensahs drew both to one person. The rule holds either way.
    @Test
    void twoChildrenOfOneNameInOneIncidentAreTwoPeople() {
        UUID incident = officer.refer(incident("Mensah", List.of(mother("Mensah")),
                child("Zara", "Mensah", LocalDate.of(2019, 6, 17)), child("Zara", "Mensah", LocalDate.of(2017, 11, 29))));

        assertEquals(2, Set.copyOf(childPeople(incident)).size(), "each child her own person in the triager's view");
        assertEquals(3, peopleOf(incident), "the two children and their mother");
    }

    @Test
    void anAdultAndAChildOfOneNameInOneIncidentAreTwoPeople() {
        // The adult victim has no date of birth recorded; the child does
        Adult mother = new Adult(UUID.randomUUID(), new PersonName("Tobi", "Begum"), AdultRole.VICTIM)
                .relationshipToChildren("mother");
        UUID incident = officer.refer(incident("Begum", List.of(mother), child("Tobi", "Begum", LocalDate.of(2020, 10, 24))));

        assertEquals(2, peopleOf(incident));
        PersonNetwork child = network(childPeople(incident).get(0));
        assertEquals(1, child.getLinks().size(), "the child is linked to her mother, a person of her own");
    }

    @Test
    void theSameChildRecordedTwiceInOneCaptureIsTwoPeople() {
        // A slip, most likely; but the officer recorded two children, and only an amendment says otherwise
        UUID incident = officer.refer(incident("Eze", List.of(mother("Eze")),
                child("Chinedu", "Eze", LocalDate.of(2016, 8, 30)), child("Chinedu", "Eze", LocalDate.of(2016, 8, 30))));

        assertEquals(2, Set.copyOf(childPeople(incident)).size());
    }

    @Test
    void twinsRecordedTogetherAreTwoPeopleAndNoReviewAsksWhetherTheyAreOne() {
        // Names a letter apart: on their records alone, twins like these look like one girl
        LocalDate birthday = LocalDate.of(2018, 2, 11);
        UUID incident = officer.refer(incident("Okafor", List.of(mother("Okafor")), child("Lena", "Okafor", birthday),
                child("Lina", "Okafor", birthday)));

        List<UUID> twins = childPeople(incident);
        assertEquals(2, Set.copyOf(twins).size());
        assertTrue(openReviews().stream().noneMatch(r -> Set.of(r.getMention().getPersonId(),
                r.getCandidate().getPersonId()).equals(Set.copyOf(twins))), "known apart: nothing for a person to decide");
    }

    @Test
    void aLaterIncidentWithOneTwinLinksToThatTwin() {
        UUID first = officer.refer(twins("Adeyemi", LocalDate.of(2017, 9, 3)));
        List<UUID> twins = childPeople(first);

        UUID later = officer.refer(incident("Adeyemi", List.of(mother("Adeyemi")), child("Adaeze", "Adeyemi", LocalDate.of(2017, 9, 3))));

        assertEquals(twins.get(1), childPeople(later).get(0));
        assertEquals(List.of(first), incidentsOf(twins.get(0)), "the other twin keeps only her own");
    }

    @Test
    void aLaterMentionThatFitsEitherTwinAlikeGoesToReviewAndMergesNeither() {
        UUID first = officer.refer(twins("Nwosu", LocalDate.of(2019, 1, 20)));
        List<UUID> twins = childPeople(first);

        // Only the initial both twins share: either could be meant, and the records cannot say which
        UUID later = officer.refer(incident("Nwosu", List.of(mother("Nwosu")), child("A", "Nwosu", LocalDate.of(2019, 1, 20))));

        UUID mentioned = childPeople(later).get(0);
        assertTrue(twins.stream().noneMatch(mentioned::equals), "linked to neither twin");
        MatchReview review = openReviews().stream().filter(r -> r.getMention().getPersonId().equals(mentioned))
                .findFirst().orElseThrow(() -> new AssertionError("no review for the later mention"));
        assertTrue(twins.contains(review.getCandidate().getPersonId()), "the review offers one of the twins");
        assertNotEquals(twins.get(0), twins.get(1));
        assertEquals(List.of(first), incidentsOf(twins.get(0)));
        assertEquals(List.of(first), incidentsOf(twins.get(1)));
    }

    private long peopleOf(UUID incident) {
        return stored.count("SELECT COUNT(DISTINCT person_id) FROM person_mention WHERE source_id = ?",
                incident.toString());
    }

    private List<UUID> childPeople(UUID incident) {
        return Referrer.openContact(api, triager, incident).getChildNetworks().stream()
                .map(n -> n.getPerson().getPersonId()).toList();
    }

    private PersonNetwork network(UUID person) {
        return api.call(HttpRequest.GET("/v1/people/" + person + "/network"), triager, PersonNetwork.class);
    }

    private List<UUID> incidentsOf(UUID person) {
        return api.call(HttpRequest.GET("/v1/people/" + person + "/incidents"), triager, PersonIncidents.class)
                .getIncidents().stream().map(PersonIncident::getIncidentId).toList();
    }

    private List<MatchReview> openReviews() {
        return api.call(HttpRequest.GET("/v1/people/reviews?limit=200"), triager, MatchReviews.class).getReviews()
                .stream()
                .map(r -> api.call(HttpRequest.GET("/v1/people/reviews/" + r.getReviewId()), triager, MatchReview.class))
                .toList();
    }

    /** Each family's twins born on a day of their own, so no test's twins are taken for another's. */
    private static DomesticAbuseIncident twins(String familyName, LocalDate birthday) {
        return incident(familyName, List.of(mother(familyName)), child("Amara", familyName, birthday),
                child("Adaeze", familyName, birthday));
    }

    private static Adult mother(String familyName) {
        return new Adult(UUID.randomUUID(), new PersonName("Grace", familyName), AdultRole.VICTIM)
                .dateOfBirth(LocalDate.of(1988, 5, 1)).relationshipToChildren("mother");
    }

    private static Child child(String givenName, String familyName, LocalDate dateOfBirth) {
        return new Child(UUID.randomUUID(), new PersonName(givenName, familyName), ChildPresence.PRESENT,
                new ChildVoice(true, false).notSpokenToReason("Asleep upstairs")).dateOfBirth(dateOfBirth);
    }

    private static DomesticAbuseIncident incident(String familyName, List<Adult> adults, Child... children) {
        return new DomesticAbuseIncident(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                new Place().addressLine("3 " + familyName + " Close").town("Coventry").postcode("CV2 4JH"),
                "Neighbour heard shouting.", adults, List.of(children),
                new RiskAnswers("safelives-dash", "2009", List.of(new RiskAnswer("dash-q1", RiskAnswerAnswer.NO)), false));
    }
}
