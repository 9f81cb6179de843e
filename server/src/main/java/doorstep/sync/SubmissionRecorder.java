package doorstep.sync;

import doorstep.api.model.Submission;
import doorstep.capture.CheckedCapture;
import doorstep.capture.Recorder;
import doorstep.identity.Caller;
import doorstep.identity.Device;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * Stores one accepted item in one transaction: its receipt, and the capture as its kind stores it
 * (with the people it mentions and whatever listeners add, such as the MASH contact). A crash
 * part-way leaves none of them.
 */
@Singleton
class SubmissionRecorder {

    private final SubmissionRepository ledger;
    private final Clock clock;

    SubmissionRecorder(SubmissionRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    SubmissionRow record(Caller caller, Device device, Submission item, byte[] sealedHash, CheckedCapture capture) {
        SubmissionRow receipt = ledger.save(new SubmissionRow(item.getSubmissionId(), caller.tenantId(), device.id(),
                caller.uid(), item.getKind(), item.getDeviceTime().toInstant(), sealedHash, UUID.randomUUID(),
                clock.instant()));
        capture.record(new Recorder(caller.tenantId(), caller.uid(), caller.agency(), device.id()),
                item.getSubmissionId());
        return receipt;
    }
}
