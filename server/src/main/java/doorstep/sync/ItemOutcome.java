package doorstep.sync;

import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResultProblem;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.problem.Problem;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The wire result of one pushed item. */
final class ItemOutcome {

    private ItemOutcome() {
    }

    static SubmissionResult receipted(SubmissionRow row, SubmissionStatus status) {
        return new SubmissionResult(row.id(), status)
                .receiptId(row.receiptId())
                .receivedAt(row.receivedAt().atOffset(ZoneOffset.UTC));
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
