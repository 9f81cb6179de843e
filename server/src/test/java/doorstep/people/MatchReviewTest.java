package doorstep.people;

import doorstep.api.model.Child;
import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewDecision;
import doorstep.api.model.MatchReviewDecisionDecision;
import doorstep.api.model.MatchReviewState;
import doorstep.api.model.MatchReviews;
import doorstep.api.model.Merge;
import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonIncidents;
import doorstep.api.model.PersonLink;
import doorstep.api.model.PersonLinkRelationship;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.Relationship;
import doorstep.api.model.RelationshipKind;
import doorstep.api.model.RelationshipRequest;
import doorstep.api.model.UndoMergeRequest;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A possible match decided by a person, merged, and the merge undone exactly. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Thresholds are configuration: here every candidate goes to a person, so the review path is certain.
@Property(name = "doorstep.people.confident-weight", value = "1000")
@Property(name = "doorstep.people.possible-weight", value = "0")
class MatchReviewTest extends ApiTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(2018, 4, 23);

    @Inject
    DataSource dataSource;

    SignedIn triager;
    SignedIn manager;
    Referrer officer;
    StoredRows stored;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        officer = Referrer.policeOfficer(api, TENANT);
        stored = new StoredRows(dataSource);
    }

    @Test
    void samePersonDecisionMergesAndUndoingItRestoresBothExactly() {
        UUID first = officer.refer(Captures.incident("Zuzanna", BIRTHDAY, 2));
        UUID second = officer.refer(Captures.incident("Zuzana", BIRTHDAY, 2));
        UUID firstChild = childPerson(first);
        UUID secondChild = childPerson(second);
        MatchReview review = reviewAbout(secondChild);
        assertEquals(firstChild, review.getCandidate().getPersonId());
        assertFalse(review.getEvidence().isEmpty(), "the reasons, as match weights");

        MatchReview decided = api.call(HttpRequest.POST("/v1/people/reviews/" + review.getReviewId() + "/decision",
                new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, "Same child: one letter missed.")),
                triager, MatchReview.class);

        assertEquals(MatchReviewState.SAME_PERSON, decided.getState());
        assertEquals(List.of(second, first), incidentsOf(secondChild), "merged: both incidents under either id");
        assertEquals(List.of(second, first), incidentsOf(firstChild));

        Merge undone = api.call(HttpRequest.POST("/v1/people/merges/" + decided.getMergeId() + "/undo",
                new UndoMergeRequest("Twins: the merge was wrong.")), manager, Merge.class);

        assertNotNull(undone.getUndoneAt());
        assertEquals(List.of(first), incidentsOf(firstChild), "undone: each back to exactly its own");
        assertEquals(List.of(second), incidentsOf(secondChild));
    }

    @Test
    void aLaterCaptureOfAMergedChildIsMatchedAgainstTheMergedPersonAndAllTheirRecords() {
        UUID first = officer.refer(Captures.incident("Marianna", BIRTHDAY.minusYears(2), 2));
        UUID second = officer.refer(Captures.incident("Mariana", BIRTHDAY.minusYears(2), 2));
        UUID firstChild = childPerson(first);
        api.call(HttpRequest.POST("/v1/people/reviews/" + reviewAbout(childPerson(second)).getReviewId() + "/decision",
                new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, "Same child.")), triager, MatchReview.class);

        // Every match waits for review in this class, so the third capture's review names its match
        MatchReview third = reviewAbout(childPerson(officer.refer(Captures.incident("Mariana", BIRTHDAY.minusYears(2), 2))));

        assertEquals(firstChild, third.getCandidate().getPersonId(), "the person the merge left standing");
        assertEquals("Mariana", third.getCandidate().getName().getGivenName(), "the newest of the merged records");
        assertEquals(List.of(second, first), incidentsOf(third.getCandidate().getPersonId()));
    }

    @Test
    void samePersonDecisionOnTwoPeopleRecordedSideBySideIsRefusedWithTheReasonAndChangesNothing() {
        UUID first = officer.refer(Captures.incident("Aleksy", BIRTHDAY.minusYears(7), 2));
        UUID firstChild = childPerson(first);
        UUID both = officer.refer(twoChildren("Aleksy", "Aleksey", BIRTHDAY.minusYears(7)));
        List<UUID> sideBySide = childPeople(both);
        MatchReview one = reviewAbout(sideBySide.get(0));
        MatchReview other = reviewAbout(sideBySide.get(1));
        assertEquals(firstChild, other.getCandidate().getPersonId(), "offered the earlier child, never her sibling");
        decide(one, MatchReviewDecisionDecision.SAME_PERSON, triager);

        // Merging the other would make the two children of one incident one child
        Map<String, Object> refused = api.refusal(decision(other, MatchReviewDecisionDecision.SAME_PERSON), triager, 409);

        assertEquals("/problems/people-known-apart", refused.get("type"));
        assertEquals(MatchReviewState.OPEN, api.call(HttpRequest.GET("/v1/people/reviews/" + other.getReviewId()),
                triager, MatchReview.class).getState(), "still open, for a different-people decision");
        assertEquals(List.of(both), incidentsOf(sideBySide.get(1)));
        assertEquals(List.of(both, first), incidentsOf(firstChild));
        assertEquals(1, stored.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.merge-refused'"
                + " AND record_id = ?", other.getReviewId().toString()), "the refusal is in the audit trail");
        assertEquals(MatchReviewState.DIFFERENT_PEOPLE,
                decide(other, MatchReviewDecisionDecision.DIFFERENT_PEOPLE, triager).getState());
    }

    @Test
    void undoingAMergeLetsTheOtherOfTwoPeopleRecordedSideBySideBeMergedInstead() {
        UUID first = officer.refer(Captures.incident("Radoslaw", BIRTHDAY.minusYears(8), 2));
        UUID firstChild = childPerson(first);
        UUID both = officer.refer(twoChildren("Radoslaw", "Radek", BIRTHDAY.minusYears(8)));
        List<UUID> sideBySide = childPeople(both);
        MatchReview one = reviewAbout(sideBySide.get(0));
        MatchReview other = reviewAbout(sideBySide.get(1));
        MatchReview merged = decide(one, MatchReviewDecisionDecision.SAME_PERSON, triager);
        assertEquals("/problems/people-known-apart",
                api.refusal(decision(other, MatchReviewDecisionDecision.SAME_PERSON), triager, 409).get("type"));

        api.call(HttpRequest.POST("/v1/people/merges/" + merged.getMergeId() + "/undo",
                new UndoMergeRequest("The earlier child is the other sibling.")), manager, Merge.class);
        MatchReview instead = decide(other, MatchReviewDecisionDecision.SAME_PERSON, triager);

        assertEquals(MatchReviewState.SAME_PERSON, instead.getState());
        assertEquals(List.of(both, first), incidentsOf(firstChild));
        assertEquals(List.of(both), incidentsOf(sideBySide.get(0)), "the first sibling is her own person again");
    }

    @Test
    void relationshipRecordedInMashWorkFollowsAMergeAndReturnsWithTheUndo() {
        UUID first = officer.refer(Captures.incident("Wiktoria", BIRTHDAY.minusYears(5), 2));
        UUID second = officer.refer(Captures.incident("Wiktorja", BIRTHDAY.minusYears(5), 2));
        UUID firstChild = childPerson(first);
        UUID secondChild = childPerson(second);
        UUID firstSuspect = network(firstChild).getLinks().get(0).getPerson().getPersonId();
        api.call(HttpRequest.POST("/v1/people/" + firstSuspect + "/relationships",
                new RelationshipRequest(secondChild, RelationshipKind.PARENT, "Named as father by the school.")),
                triager, Relationship.class);
        MatchReview merged = api.call(HttpRequest.POST("/v1/people/reviews/" + reviewAbout(secondChild).getReviewId()
                + "/decision", new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, "Same child.")),
                triager, MatchReview.class);

        assertEquals(Set.of(PersonLinkRelationship.PARENT, PersonLinkRelationship.POSES_A_RISK_TO_THEM),
                relationshipsTo(firstChild, firstSuspect), "merged: the MASH link follows the child");

        api.call(HttpRequest.POST("/v1/people/merges/" + merged.getMergeId() + "/undo",
                new UndoMergeRequest("Different children after all.")), manager, Merge.class);

        assertEquals(Set.of(PersonLinkRelationship.POSES_A_RISK_TO_THEM), relationshipsTo(firstChild, firstSuspect));
        assertEquals(Set.of(PersonLinkRelationship.PARENT), relationshipsTo(secondChild, firstSuspect));
    }

    @Test
    void relationshipToThemselvesOrToNoSuchPersonIsRefused() {
        UUID child = childPerson(officer.refer(Captures.incident("Nnamdi", BIRTHDAY.minusYears(6), 2)));

        Map<String, Object> self = api.refusal(HttpRequest.POST("/v1/people/" + child + "/relationships",
                new RelationshipRequest(child, RelationshipKind.SIBLING, "Recorded twice.")), triager, 400);
        Map<String, Object> nobody = api.refusal(HttpRequest.POST("/v1/people/" + child + "/relationships",
                new RelationshipRequest(UUID.randomUUID(), RelationshipKind.SIBLING, "Unknown sibling.")), triager, 404);

        assertEquals(List.of("toPersonId"), Api.violatedFields(self));
        assertEquals("/problems/not-found", nobody.get("type"));
    }

    @Test
    void differentPeopleDecisionKeepsThemApartAndCannotBeDecidedTwice() {
        UUID first = officer.refer(Captures.incident("Tomasz", BIRTHDAY.minusYears(1), 2));
        UUID second = officer.refer(Captures.incident("Tomas", BIRTHDAY.minusYears(1), 2));
        MatchReview review = reviewAbout(childPerson(second));
        MatchReviewDecision apart = new MatchReviewDecision(MatchReviewDecisionDecision.DIFFERENT_PEOPLE,
                "Different children: checked with the school.");

        api.call(HttpRequest.POST("/v1/people/reviews/" + review.getReviewId() + "/decision", apart), triager,
                MatchReview.class);
        Map<String, Object> again = api.refusal(HttpRequest.POST("/v1/people/reviews/" + review.getReviewId()
                + "/decision", apart), triager, 409);

        assertEquals("/problems/review-decided", again.get("type"));
        assertNotEquals(childPerson(first), childPerson(second));
        assertEquals(List.of(first), incidentsOf(childPerson(first)));
    }

    @Test
    void onlyAManagerMayUndoAMergeAndOnlyOnce() {
        officer.refer(Captures.incident("Aoife", BIRTHDAY.minusYears(2), 2));
        UUID second = officer.refer(Captures.incident("Aoiffe", BIRTHDAY.minusYears(2), 2));
        MatchReview merged = api.call(HttpRequest.POST("/v1/people/reviews/"
                        + reviewAbout(childPerson(second)).getReviewId() + "/decision",
                new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, "Same child, spelling slip.")),
                triager, MatchReview.class);
        java.util.function.Supplier<io.micronaut.http.MutableHttpRequest<UndoMergeRequest>> undo = () ->
                HttpRequest.POST("/v1/people/merges/" + merged.getMergeId() + "/undo",
                        new UndoMergeRequest("Recorded in error."));

        assertEquals("/problems/forbidden", api.refusal(undo.get(), triager, 403).get("type"));
        api.call(undo.get(), manager, Merge.class);
        assertEquals("/problems/merge-undone", api.refusal(undo.get(), manager, 409).get("type"));
    }

    @Test
    void anotherTenantsTriagerFindsNoSuchPersonOrReview() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn stranger = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager", "mash-manager");
        UUID second = officer.refer(Captures.incident("Bartosz", BIRTHDAY.minusYears(3), 2));
        officer.refer(Captures.incident("Bartosz", BIRTHDAY.minusYears(3), 2));
        UUID child = childPerson(second);
        MatchReview review = api.call(HttpRequest.GET("/v1/people/reviews/" + reviewAbout(child).getReviewId()),
                triager, MatchReview.class);

        assertEquals("/problems/not-found",
                api.refusal(HttpRequest.GET("/v1/people/" + child + "/network"), stranger, 404).get("type"));
        assertEquals("/problems/not-found",
                api.refusal(HttpRequest.GET("/v1/people/" + child + "/incidents"), stranger, 404).get("type"));
        assertEquals("/problems/not-found",
                api.refusal(HttpRequest.GET("/v1/people/reviews/" + review.getReviewId()), stranger, 404).get("type"));
        assertEquals(List.of(), api.call(HttpRequest.GET("/v1/people/reviews?limit=200"), stranger, MatchReviews.class)
                .getReviews());
    }

    @Test
    void practitionersCannotReadPeopleNetworks() {
        SignedIn practitioner = officer.officer();
        UUID child = childPerson(officer.refer(Captures.incident("Chidi", BIRTHDAY.minusYears(4), 2)));

        assertEquals("/problems/forbidden",
                api.refusal(HttpRequest.GET("/v1/people/" + child + "/network"), practitioner, 403).get("type"));
    }

    private MatchReview decide(MatchReview review, MatchReviewDecisionDecision decision, SignedIn who) {
        return api.call(decision(review, decision), who, MatchReview.class);
    }

    private static io.micronaut.http.MutableHttpRequest<MatchReviewDecision> decision(MatchReview review,
                                                                                   MatchReviewDecisionDecision decision) {
        return HttpRequest.POST("/v1/people/reviews/" + review.getReviewId() + "/decision",
                new MatchReviewDecision(decision, "Checked against the school's records."));
    }

    /** The usual incident, with a second child of the family beside the first. */
    private static DomesticAbuseIncident twoChildren(String givenName, String siblingsGivenName, LocalDate dateOfBirth) {
        DomesticAbuseIncident incident = Captures.incident(givenName, dateOfBirth, 2);
        Child sibling = new Child(UUID.randomUUID(), new PersonName(siblingsGivenName, "Smith"), ChildPresence.PRESENT,
                new ChildVoice(true, false).notSpokenToReason("Too upset to talk")).dateOfBirth(dateOfBirth);
        incident.setChildren(List.of(incident.getChildren().get(0), sibling));
        return incident;
    }

    private List<UUID> childPeople(UUID submission) {
        return Referrer.openContact(api, triager, submission).getChildNetworks().stream()
                .map(n -> n.getPerson().getPersonId()).toList();
    }

    private UUID childPerson(UUID submission) {
        ContactDetail contact = Referrer.openContact(api, triager, submission);
        return contact.getChildNetworks().get(0).getPerson().getPersonId();
    }

    private MatchReview reviewAbout(UUID mentionPerson) {
        return api.call(HttpRequest.GET("/v1/people/reviews?limit=200"), triager, MatchReviews.class).getReviews()
                .stream()
                .map(r -> api.call(HttpRequest.GET("/v1/people/reviews/" + r.getReviewId()), triager, MatchReview.class))
                .filter(r -> r.getMention().getPersonId().equals(mentionPerson))
                .findFirst().orElseThrow(() -> new AssertionError("no open review for that child"));
    }

    private PersonNetwork network(UUID person) {
        return api.call(HttpRequest.GET("/v1/people/" + person + "/network"), triager, PersonNetwork.class);
    }

    private Set<PersonLinkRelationship> relationshipsTo(UUID person, UUID other) {
        return network(person).getLinks().stream().filter(l -> l.getPerson().getPersonId().equals(other))
                .map(PersonLink::getRelationship).collect(Collectors.toSet());
    }

    private List<UUID> incidentsOf(UUID person) {
        return api.call(HttpRequest.GET("/v1/people/" + person + "/incidents"), triager, PersonIncidents.class)
                .getIncidents().stream().map(PersonIncident::getIncidentId).toList();
    }
}
