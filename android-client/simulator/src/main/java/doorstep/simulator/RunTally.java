package doorstep.simulator;

import doorstep.device.api.model.SubmissionStatus;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happened to every capture of a run. A capture the server accepted once counts as accepted,
 * even if a later retry was answered duplicate; one whose first answer was lost counts as duplicate.
 */
final class RunTally {

    private final Set<UUID> captured = ConcurrentHashMap.newKeySet();
    private final Map<UUID, SubmissionStatus> settled = new ConcurrentHashMap<>();
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final Set<UUID> queuedTwice = ConcurrentHashMap.newKeySet();
    private final Set<UUID> outcomes = ConcurrentHashMap.newKeySet();

    void captured(UUID id) {
        captured.add(id);
    }

    void settled(UUID id, SubmissionStatus status) {
        settled.merge(id, status, (first, later) -> first == SubmissionStatus.ACCEPTED ? first : later);
    }

    void queued(UUID submissionId) {
        if (!queued.add(submissionId)) {
            queuedTwice.add(submissionId);
        }
    }

    void outcome(UUID submissionId) {
        outcomes.add(submissionId);
    }

    Set<UUID> captured() {
        return Set.copyOf(captured);
    }

    private long count(SubmissionStatus... statuses) {
        Set<SubmissionStatus> wanted = Set.of(statuses);
        // Set.of(...).contains(null) throws: a capture never answered is in none of the counts (it is lost).
        return captured.stream().map(settled::get).filter(status -> status != null && wanted.contains(status)).count();
    }

    int queuedTwice() {
        return queuedTwice.size();
    }

    String line(int devices) {
        long accepted = count(SubmissionStatus.ACCEPTED);
        long duplicate = count(SubmissionStatus.DUPLICATE);
        long rejected = count(SubmissionStatus.REJECTED, SubmissionStatus.CONFLICT);
        long lost = captured.size() - accepted - duplicate;
        return "devices=" + devices + " captures=" + captured.size() + " accepted=" + accepted
                + " duplicate=" + duplicate + " rejected=" + rejected + " queued=" + queued.size()
                + " outcomes=" + outcomes.size() + " lost=" + lost;
    }
}
