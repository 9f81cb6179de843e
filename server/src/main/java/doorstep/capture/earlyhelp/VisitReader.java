package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.Escalation;
import doorstep.api.model.FamilyAdult;
import doorstep.api.model.FamilyRelationship;
import doorstep.api.model.NextAction;
import doorstep.api.model.Place;
import doorstep.api.model.VisitAnalysis;
import doorstep.api.model.VisitChild;
import doorstep.crypto.FieldCipher;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decrypts a stored visit, as it was captured, for a reader the caller has already authorised and audited. */
@Singleton
class VisitReader {

    /**
     * @param childMentionIds the server's ids of the children as mentions, in the order of the visit's children
     */
    record VisitView(EarlyHelpVisit visit, List<UUID> childMentionIds) {
    }

    private final VisitRepository visits;
    private final VisitPersonRepository people;
    private final FieldCipher cipher;
    private final VisitJson json;

    VisitReader(VisitRepository visits, VisitPersonRepository people, FieldCipher cipher, VisitJson json) {
        this.visits = visits;
        this.people = people;
        this.cipher = cipher;
        this.json = json;
    }

    Optional<VisitView> read(String tenantId, UUID visitId) {
        return visits.findByIdAndTenantId(visitId, tenantId).map(this::view);
    }

    private VisitView view(VisitRow row) {
        String id = row.id().toString();
        List<FamilyAdult> adults = new ArrayList<>();
        List<VisitChild> children = new ArrayList<>();
        List<UUID> childMentionIds = new ArrayList<>();
        for (VisitPersonRow person : people.findByVisitIdAndTenantIdOrderByPosition(row.id(), row.tenantId())) {
            String details = cipher.open(person.detailsCt(), person.id().toString(), "details");
            if (VisitPersonRow.CHILD.equals(person.kind())) {
                children.add(json.read(details, Argument.of(VisitChild.class)));
                childMentionIds.add(person.id());
            } else {
                adults.add(json.read(details, Argument.of(FamilyAdult.class)));
            }
        }
        EarlyHelpVisit visit = new EarlyHelpVisit(1, row.formVersion(), row.visitedAt().atOffset(ZoneOffset.UTC),
                json.read(cipher.open(row.placeCt(), id, "place"), Argument.of(Place.class)), adults, children,
                json.read(cipher.open(row.analysisCt(), id, "analysis"), Argument.of(VisitAnalysis.class)),
                json.read(cipher.open(row.nextActionsCt(), id, "next_actions"), Argument.listOf(NextAction.class)),
                new Escalation(row.escalated()).immediateRisk(row.immediateRisk())
                        .reason(cipher.open(row.escalationReasonCt(), id, "escalation_reason")))
                .kind(EarlyHelpKind.NAME)
                .relationships(json.read(cipher.open(row.relationshipsCt(), id, "relationships"),
                        Argument.listOf(FamilyRelationship.class)));
        return new VisitView(visit, childMentionIds);
    }
}
