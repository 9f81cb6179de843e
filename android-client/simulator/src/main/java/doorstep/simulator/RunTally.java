package doorstep.simulator;

import doorstep.device.api.model.SubmissionStatus;
import doorstep.device.capture.ChildReturnedNotices;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.device.capture.ReturnHomeInterviews;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What happened to every capture of a run. A capture the server accepted once counts as accepted,
 * even if a later retry was answered duplicate; one whose first answer was lost counts as duplicate.
 * The last line keeps the counts scripts read first, then adds the captures of each kind and how
 * many of the run's return home interview tasks an interview closed.
 */
final class RunTally {

    /** The kinds in the order the last line names them. */
    static final List<String> KINDS = List.of(DomesticAbuseIncidents.KIND, ChildReturnedNotices.KIND,
            EarlyHelpVisits.KIND, ReturnHomeInterviews.KIND);

    private final Set<UUID> captured = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> kinds = new ConcurrentHashMap<>();
    private final Set<UUID> tasks = ConcurrentHashMap.newKeySet();
    private final Set<UUID> interviewed = ConcurrentHashMap.newKeySet();
    private final Map<UUID, SubmissionStatus> settled = new ConcurrentHashMap<>();
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final Set<UUID> queuedTwice = ConcurrentHashMap.newKeySet();
    private final Set<UUID> outcomes = ConcurrentHashMap.newKeySet();

    void captured(UUID id, String kind) {
        kinds.put(id, kind);
        captured.add(id);
    }

    /** The run's captures of one kind. */
    Set<UUID> captured(String kind) {
        return kinds.entrySet().stream().filter(entry -> entry.getValue().equals(kind))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A return of this run whose task an interviewer found. */
    void taskFound(UUID taskId) {
        tasks.add(taskId);
    }

    /** A task of this run that the server shows closed by one of this run's interviews. */
    void interviewed(UUID taskId) {
        interviewed.add(taskId);
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
                + " outcomes=" + outcomes.size() + " lost=" + lost + " kinds=" + perKind()
                + " tasks=" + tasks.size() + " interviewed=" + interviewed.size();
    }

    /** Whether a last line says no capture was lost: the exit status of a run. */
    static boolean nothingLost(String line) {
        return List.of(line.split(" ")).contains("lost=0");
    }

    private String perKind() {
        Map<String, Long> counts = kinds.values().stream().collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));
        return KINDS.stream().filter(counts::containsKey).map(kind -> kind + ":" + counts.get(kind))
                .collect(Collectors.joining(","));
    }
}
