package doorstep.sync;

import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.Submission;
import doorstep.capture.CaptureIntake;
import doorstep.capture.Recorder;
import doorstep.capture.RecordedIncident;
import doorstep.people.IncidentPeople;
import doorstep.identity.Caller;
import doorstep.identity.Device;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * Stores one accepted item in one transaction: its receipt, the capture, whatever listeners add
 * (the MASH contact), and the people it mentions, resolved and linked. A crash part-way leaves none of them.
 */
@Singleton
class SubmissionRecorder {

    private final SubmissionRepository ledger;
    private final CaptureIntake capture;
    private final IncidentPeople people;
    private final Clock clock;

    SubmissionRecorder(SubmissionRepository ledger, CaptureIntake capture, IncidentPeople people, Clock clock) {
        this.ledger = ledger;
        this.capture = capture;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    SubmissionRow record(Caller caller, Device device, Submission item, byte[] sealedHash,
                         DomesticAbuseIncident incident) {
        SubmissionRow receipt = ledger.save(new SubmissionRow(item.getSubmissionId(), caller.tenantId(), device.id(),
                caller.uid(), item.getKind(), item.getDeviceTime().toInstant(), sealedHash, UUID.randomUUID(),
                clock.instant()));
        RecordedIncident recorded = capture.record(new Recorder(caller.tenantId(), caller.uid(), caller.agency(),
                device.id()), item.getSubmissionId(), incident);
        people.resolve(caller.tenantId(), caller.uid(), recorded.event().incidentId(), incident,
                recorded.adultMentionIds(), recorded.childMentionIds());
        return receipt;
    }
}
