package doorstep.capture.returnhome;

import doorstep.api.model.ChildReturned;
import doorstep.api.model.ReturnedChild;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.capture.CaptureForTriage;
import doorstep.capture.CaptureKind;
import doorstep.capture.CheckedCapture;
import doorstep.capture.InvalidCapture;
import doorstep.capture.NhsNumbersInACapture;
import doorstep.capture.StrictCaptureReader;
import doorstep.capture.Recorder;
import doorstep.crypto.FieldCipher;
import doorstep.people.CapturePeople;
import doorstep.people.CaptureSource;
import doorstep.people.CapturedPerson;
import doorstep.problem.Violation;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "child returned" notice as a kind of capture: a child came back from a missing episode. It
 * stores the episode sealed, files the child with people and starts the return home interview
 * clock ({@link ChildReturnRecorded}); the notice alone is not a contact for the MASH.
 */
@Singleton
class ChildReturnedKind implements CaptureKind {

    static final String NAME = "child-returned";
    static final String SCHEMA = "ChildReturned";

    private final StrictCaptureReader strict;
    private final EpisodeRepository episodes;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final CapturePeople people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ChildReturnRecorded> events;
    private final Clock clock;

    ChildReturnedKind(StrictCaptureReader strict, EpisodeRepository episodes, FieldCipher cipher, JsonMapper json,
                      CapturePeople people, AuditTrail audit, ApplicationEventPublisher<ChildReturnRecorded> events,
                      Clock clock) {
        this.strict = strict;
        this.episodes = episodes;
        this.cipher = cipher;
        this.json = json;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String schemaName() {
        return SCHEMA;
    }

    /** A notice is never a contact, so there is nothing of it for a triager. */
    @Override
    public Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId) {
        return Optional.empty();
    }

    @Override
    public CheckedCapture read(byte[] plaintext) throws InvalidCapture {
        ChildReturned notice = strict.read(plaintext, SCHEMA, ChildReturned.class, "a child-returned notice");
        List<Violation> violations = new ArrayList<>();
        if (notice.getReturnedAt().isBefore(notice.getMissingFrom())) {
            violations.add(new Violation("returnedAt", "is before missingFrom: a child returns after going missing"));
        }
        new NhsNumbersInACapture(violations).check("child.nhsNumber", notice.getChild().getNhsNumber());
        StrictCaptureReader.refuseIfAny(violations);
        return (recorder, submissionId) -> record(recorder, submissionId, notice);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void record(Recorder recorder, UUID episodeId, ChildReturned notice) {
        Instant now = clock.instant();
        String id = episodeId.toString();
        UUID childMention = UUID.randomUUID();
        ReturnedChild child = notice.getChild();
        Instant returnedAt = notice.getReturnedAt().toInstant();
        episodes.save(new EpisodeRow(episodeId, recorder.tenantId(), recorder.uid(), recorder.agency(),
                recorder.deviceId(), childMention, cipher.seal(toJson(child), id, "child"),
                notice.getMissingFrom().toInstant(), returnedAt,
                cipher.seal(toJson(notice.getWhereFound()), id, "where_found"),
                cipher.seal(notice.getReportedBy(), id, "reported_by"),
                cipher.seal(notice.getPoliceReference(), id, "police_reference"), now));
        people.file(recorder.tenantId(), new CaptureSource(NAME, episodeId, returnedAt), new CapturedPerson(
                childMention, "returned-child", child.getName().getGivenName(), child.getName().getFamilyName(),
                child.getDateOfBirth(), child.getSex() == null ? null
                : doorstep.people.matching.Sex.valueOf(child.getSex().name()), child.getNhsNumber(), null, null));
        audit.record(new Actor(recorder.tenantId(), recorder.uid(), recorder.agency()), AuditAction.CAPTURE_RECORDED,
                new AuditedRecord("return_episode", id),
                "field capture submitted from device " + recorder.deviceId());
        events.publishEvent(new ChildReturnRecorded(recorder.tenantId(), episodeId, returnedAt, now));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise a capture part", e);
        }
    }
}
