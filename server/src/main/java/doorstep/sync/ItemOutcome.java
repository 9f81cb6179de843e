package doorstep.sync;

import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResultProblem;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.problem.Problem;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The wire result of one pushed item. A refusal whose problem status is 5xx means "not stored,
 * send it again later"; a 4xx one means sending it again unchanged will not help.
 */
final class ItemOutcome {

    private ItemOutcome() {
    }

    static SubmissionResult receipted(SubmissionRow row, SubmissionStatus status) {
        return new SubmissionResult(row.id(), status)
                .receiptId(row.receiptId())
                .receivedAt(row.receivedAt().atOffset(ZoneOffset.UTC));
    }

    /** The one problem that tells a phone to send again later: its 5xx status is what the phone acts on. */
    static Problem busyRetry(String detail) {
        return Problem.of("busy-retry", "Not stored yet: the server is busy", 503, detail);
    }

    /** Nothing of the item was stored because the database stayed busy; the phone sends it again. */
    static SubmissionResult busy(UUID submissionId) {
        return refused(submissionId, SubmissionStatus.REJECTED,
                busyRetry("Nothing of this capture was stored. It stays on the phone, which sends it again shortly."));
    }

    /** The push's time ran out before this item was tried; the phone sends it again. */
    static SubmissionResult notReached(UUID submissionId) {
        return refused(submissionId, SubmissionStatus.REJECTED,
                busyRetry("The server's time for this push ran out before it reached this capture, so nothing of it "
                        + "was stored. It stays on the phone, which sends it again shortly."));
    }

    /** Storing the item failed on the server's side; nothing of it was stored. */
    static SubmissionResult notStored(UUID submissionId) {
        return refused(submissionId, SubmissionStatus.REJECTED, Problem.of("item-not-stored",
                "This capture was not stored", 500, "Something went wrong on our side while storing it, and nothing "
                        + "of it was stored. It stays on the phone, which sends it again later; if it keeps failing, "
                        + "tell the service desk."));
    }

    static SubmissionResult refused(UUID submissionId, SubmissionStatus status, Problem problem) {
        SubmissionResultProblem wire = new SubmissionResultProblem(problem.type(), problem.title(), problem.status())
                .detail(problem.detail());
        if (problem.extensions().get("violations") instanceof List<?> violations) {
            wire.violations(violations.stream()
                    .map(v -> (doorstep.problem.Violation) v)
                    .map(v -> new Violation(v.field(), v.message()))
                    .toList());
        }
        return new SubmissionResult(submissionId, status).problem(wire);
    }
}
