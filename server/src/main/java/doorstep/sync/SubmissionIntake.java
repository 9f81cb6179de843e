package doorstep.sync;

import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.Deadlocks;
import doorstep.capture.CaptureKinds;
import doorstep.capture.CheckedCapture;
import doorstep.capture.InvalidCapture;
import doorstep.capture.UnknownCaptureKind;
import doorstep.capture.UnknownDefinition;
import doorstep.capture.UnknownReference;
import doorstep.crypto.IntakeKeys;
import doorstep.identity.Caller;
import doorstep.identity.Device;
import doorstep.problem.Problem;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides one pushed item: a repeat of an id stored in the caller's tenant is a duplicate (same
 * bytes) or a conflict, and an id only another tenant has used is new here;
 * otherwise it must be a known kind, open with the tenant's intake key for this submission and
 * device, and pass validation before it is stored.
 */
@Singleton
class SubmissionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final int DEADLOCK_ATTEMPTS = 4;

    private final SubmissionRepository ledger;
    private final SubmissionRecorder recorder;
    private final IntakeKeys intakeKeys;
    private final CaptureKinds kinds;

    SubmissionIntake(SubmissionRepository ledger, SubmissionRecorder recorder, IntakeKeys intakeKeys,
                     CaptureKinds kinds) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.intakeKeys = intakeKeys;
        this.kinds = kinds;
    }

    SubmissionResult receive(Caller caller, Device device, Submission item) {
        byte[] sealed = item.getSealedPayload();
        byte[] hash = sha256(sealed);
        // The caller's tenant only: an id another tenant used is taken here as never seen.
        Optional<SubmissionRow> earlier = ledger.findByIdAndTenantId(item.getSubmissionId(), caller.tenantId());
        if (earlier.isPresent()) {
            return repeat(earlier.get(), hash);
        }
        if (!kinds.knows(item.getKind())) {
            return rejected(item, unknownKind());
        }
        byte[] plaintext;
        try {
            plaintext = intakeKeys.open(caller.tenantId(), sealed, item.getSubmissionId(), device.id());
        } catch (IntakeKeys.UnopenablePayload e) {
            return rejected(item, Problem.of("unopenable-payload", "The capture could not be opened", 422,
                    "It was sealed to another key, or for another submission or device. Enrol the device again "
                            + "and resend; the capture is still on the phone."));
        }
        try {
            CheckedCapture capture = kinds.read(item.getKind(), caller.tenantId(), plaintext);
            return ItemOutcome.receipted(recordRetryingDeadlocks(caller, device, item, hash, capture),
                    SubmissionStatus.ACCEPTED);
        } catch (UnknownCaptureKind unknown) {
            return rejected(item, unknownKind());
        } catch (UnknownDefinition unknown) {
            return rejected(item, Problem.of("unknown-definition-version", "Made with an unknown form or checklist", 422,
                    "This capture was made with a version of its form or checklist this server does not know; "
                            + "update the app, or ask the service desk whether the server is due an update. "
                            + "The capture is still on the phone."));
        } catch (UnknownReference unknown) {
            return rejected(item, Problem.of(unknown.problemSlug(), unknown.title(), 422, unknown.detail()));
        } catch (InvalidCapture invalid) {
            return rejected(item, Problem.of("invalid-capture", "The capture is incomplete", 422,
                    "Some answers are missing or do not fit together; see violations, correct and resend as a new capture.")
                    .with("violations", invalid.violations()));
        } catch (DataAccessException sameIdStoredConcurrently) {
            return ledger.findByIdAndTenantId(item.getSubmissionId(), caller.tenantId())
                    .map(row -> repeat(row, hash))
                    .orElseThrow(() -> sameIdStoredConcurrently);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The database may pick this item's transaction as a deadlock victim and roll it back whole; it
     * asks for exactly this: run it again. Only after that does a failure reach the caller.
     */
    private SubmissionRow recordRetryingDeadlocks(Caller caller, Device device, Submission item, byte[] hash,
                                                 CheckedCapture capture) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recorder.record(caller, device, item, hash, capture);
            } catch (RuntimeException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !Deadlocks.isRetryable(e)) {
                    throw e;
                }
                LOG.info("Submission {} was a deadlock victim; attempt {} of {}", item.getSubmissionId(), attempt + 1,
                        DEADLOCK_ATTEMPTS);
            }
        }
    }

    private static SubmissionResult repeat(SubmissionRow earlier, byte[] hash) {
        if (MessageDigest.isEqual(earlier.sealedSha256(), hash)) {
            return ItemOutcome.receipted(earlier, SubmissionStatus.DUPLICATE);
        }
        return ItemOutcome.refused(earlier.id(), SubmissionStatus.CONFLICT, Problem.of("submission-conflict",
                "A different capture already has this id", 409,
                "The first capture sent with this id stands. Resend this one as a new capture."));
    }

    private static Problem unknownKind() {
        return Problem.of("unknown-capture-kind", "Unknown kind of capture", 422,
                "This server does not take captures of that kind; update the app or ask the service desk.");
    }

    private static SubmissionResult rejected(Submission item, Problem problem) {
        return ItemOutcome.refused(item.getSubmissionId(), SubmissionStatus.REJECTED, problem);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
