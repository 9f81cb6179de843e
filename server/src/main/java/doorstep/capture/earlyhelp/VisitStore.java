package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.FamilyAdult;
import doorstep.api.model.VisitChild;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.capture.Recorder;
import doorstep.crypto.FieldCipher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Stores a checked visit encrypted under its submission's id, in the caller's transaction. */
@Singleton
class VisitStore {

    private final VisitRepository visits;
    private final VisitPersonRepository people;
    private final FieldCipher cipher;
    private final VisitJson json;
    private final AuditTrail audit;
    private final Clock clock;

    VisitStore(VisitRepository visits, VisitPersonRepository people, FieldCipher cipher, VisitJson json,
               AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.people = people;
        this.cipher = cipher;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    VisitRecorded store(Recorder recorder, UUID visitId, EarlyHelpVisit visit) {
        Instant now = clock.instant();
        String id = visitId.toString();
        boolean escalated = visit.getEscalation().getEscalate();
        boolean immediateRisk = escalated && Boolean.TRUE.equals(visit.getEscalation().getImmediateRisk());
        visits.save(new VisitRow(visitId, recorder.tenantId(), recorder.uid(), recorder.agency(), recorder.deviceId(),
                visit.getFormVersion(), visit.getVisitedAt().toInstant(),
                cipher.seal(json.write(visit.getPlace()), id, "place"),
                cipher.seal(json.write(visit.getAnalysis()), id, "analysis"),
                cipher.seal(json.write(visit.getNextActions()), id, "next_actions"),
                cipher.seal(json.write(visit.getRelationships() == null ? List.of() : visit.getRelationships()), id,
                        "relationships"),
                escalated, immediateRisk, cipher.seal(visit.getEscalation().getReason(), id, "escalation_reason"), now));
        int position = 0;
        List<UUID> adults = new ArrayList<>();
        for (FamilyAdult adult : visit.getAdults()) {
            adults.add(save(recorder, visitId, position++, adult.getMentionId(), VisitPersonRow.ADULT,
                    adult.getRole().getValue(), null, null, null, adult));
        }
        List<UUID> children = new ArrayList<>();
        for (VisitChild child : visit.getChildren()) {
            children.add(save(recorder, visitId, position++, child.getMentionId(), VisitPersonRow.CHILD,
                    VisitPeople.roleOf(child), child.getVoice().getSeen(), child.getSeenAlone(),
                    child.getVoice().getSpokenTo(), child));
        }
        audit.record(new Actor(recorder.tenantId(), recorder.uid(), recorder.agency()), AuditAction.CAPTURE_RECORDED,
                new AuditedRecord("eh_visit", id),
                "field capture submitted from device " + recorder.deviceId());
        return new VisitRecorded(visitId, recorder.tenantId(), recorder.uid(), recorder.agency(), now,
                visit.getChildren().size(), escalated, immediateRisk, adults, children, visit.getVisitedAt().toLocalDate(),
                visit.getChildren().stream().map(VisitChild::getDateOfBirth).filter(Objects::nonNull).toList());
    }

    private UUID save(Recorder recorder, UUID visitId, int position, UUID mentionId, String kind, String role,
                      Boolean seen, Boolean seenAlone, Boolean spokenTo, Object person) {
        UUID rowId = UUID.randomUUID();
        return people.save(new VisitPersonRow(rowId, recorder.tenantId(), visitId, mentionId, position, kind, role,
                seen, seenAlone, spokenTo, cipher.seal(json.write(person), rowId.toString(), "details"))).id();
    }
}
