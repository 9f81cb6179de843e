package doorstep.device.sync;

import doorstep.device.api.model.SubmissionResult;
import doorstep.device.api.model.SubmissionStatus;

/** The reason an officer sees on a refused item: the server's problem, or a plain default. */
final class RefusalReason {

    private RefusalReason() {
    }

    static String of(SubmissionResult result) {
        if (result.getProblem() != null && result.getProblem().getTitle() != null) {
            return CallFailure.describe(result.getProblem());
        }
        if (result.getStatus() == SubmissionStatus.CONFLICT) {
            return "A different capture with the same id reached the server first, so this one was not stored.";
        }
        return "The server refused this capture.";
    }
}
