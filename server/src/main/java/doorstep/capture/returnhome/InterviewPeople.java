package doorstep.capture.returnhome;

import doorstep.api.model.PersonWithChild;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.people.CapturePeople;
import doorstep.people.CaptureSource;
import doorstep.people.CapturedPerson;
import doorstep.people.PersonNetworks;
import doorstep.people.RelationshipKind;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Files everyone the child was with while missing, and links each to the child as the interviewer
 * named them: a person posing a risk as such. In the interview's own transaction.
 */
@Singleton
class InterviewPeople {

    static final String POSES_RISK_REASON = "With the child while they were missing; named by the return home"
            + " interviewer as posing a risk";

    private final CapturePeople people;
    private final PersonNetworks networks;

    InterviewPeople(CapturePeople people, PersonNetworks networks) {
        this.people = people;
        this.networks = networks;
    }

    void resolve(String tenantId, UUID interviewId, ReturnHomeInterview interview, UUID childMentionId) {
        CaptureSource source = new CaptureSource(ReturnInterviewKind.NAME, interviewId,
                interview.getInterviewedAt().toInstant());
        UUID child = networks.personOfMention(tenantId, childMentionId).orElseThrow(() ->
                new IllegalStateException("the returned child of episode " + interview.getTaskId() + " is not filed"));
        for (PersonWithChild with : interview.getPeopleWith()) {
            UUID person = people.file(tenantId, source, new CapturedPerson(UUID.randomUUID(),
                    with.getRelationship().getValue(), with.getName().getGivenName(), with.getName().getFamilyName(),
                    with.getDateOfBirth(), with.getSex() == null ? null
                    : doorstep.people.matching.Sex.valueOf(with.getSex().name()), with.getNhsNumber(), null, null));
            switch (with.getRelationship()) {
                case PERSON_POSING_RISK -> people.relate(tenantId, source, person, child,
                        RelationshipKind.POSES_RISK_TO, POSES_RISK_REASON);
                case FAMILY_MEMBER -> people.relate(tenantId, source, person, child,
                        RelationshipKind.OTHER_SIGNIFICANT_ADULT, null);
                case ASSOCIATE, FRIEND, PARTNER, UNKNOWN_ADULT -> people.relate(tenantId, source, person, child,
                        RelationshipKind.ASSOCIATE, null);
            }
        }
    }
}
