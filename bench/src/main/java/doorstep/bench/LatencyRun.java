package doorstep.bench;

import doorstep.people.MentionInput;
import doorstep.people.PeopleBulkLoad;
import doorstep.people.PersonResolution;
import doorstep.people.ResolutionDecision;
import doorstep.people.ResolvedMention;
import doorstep.people.synthetic.Mention;
import io.micronaut.transaction.TransactionOperations;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Resolves mentions one at a time, each in a transaction of its own as a capture's are, and times
 * each call from before the transaction opens to after it commits. Warm-up calls are not recorded.
 * The candidates a mention's blocking keys bring back are counted in a query of their own, after
 * the timed call, so counting costs the timed call nothing.
 */
final class LatencyRun {

    private static final long PROGRESS_EVERY_NANOS = 60_000_000_000L;

    private final PersonResolution resolution;
    private final PeopleBulkLoad bulkLoad;
    private final TransactionOperations<?> transactions;
    /** Who each stored person is, loaded or created during the run (by their first mention). */
    private final Map<UUID, String> truthOfPerson;
    private final Histogram latency = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
    private final Histogram candidates = new Histogram(10_000_000, 3);
    private final Map<ResolutionDecision, Integer> decisions = new EnumMap<>(ResolutionDecision.class);
    private final Map<String, Integer> wrongLinksBySlips = new TreeMap<>();
    private long wrongLinks;
    private long missedLinks;
    private long timedNanos;

    LatencyRun(PersonResolution resolution, PeopleBulkLoad bulkLoad, TransactionOperations<?> transactions,
               Map<UUID, String> truthOfPerson) {
        this.resolution = resolution;
        this.bulkLoad = bulkLoad;
        this.transactions = transactions;
        this.truthOfPerson = truthOfPerson;
    }

    void run(String tenantId, List<Mention> warmUp, List<Mention> timed, boolean countCandidates, Runnable afterWarmUp,
             PrintStream progress) {
        for (Mention mention : warmUp) {
            resolve(tenantId, mention);
        }
        afterWarmUp.run();
        long started = System.nanoTime();
        long lastProgress = started;
        for (Mention mention : timed) {
            if (System.nanoTime() - lastProgress >= PROGRESS_EVERY_NANOS) {
                lastProgress = System.nanoTime();
                progress.printf(Locale.ROOT, "  resolving: %,d of %,d timed mentions%n", latency.getTotalCount(),
                        timed.size());
            }
            long before = System.nanoTime();
            ResolvedMention resolved = resolve(tenantId, mention);
            latency.recordValue(System.nanoTime() - before);
            decisions.merge(resolved.decision(), 1, Integer::sum);
            judge(mention, resolved);
            if (countCandidates) {
                candidates.recordValue(transactions.executeRead(
                        status -> bulkLoad.candidatePersons(tenantId, mention.record())));
            }
        }
        timedNanos = System.nanoTime() - started;
    }

    private ResolvedMention resolve(String tenantId, Mention mention) {
        MentionInput input = new MentionInput(UUID.randomUUID(), "incident", mention.mentionId(), "victim", null,
                mention.record());
        ResolvedMention resolved = transactions.executeWrite(status -> resolution.resolve(tenantId, input));
        truthOfPerson.putIfAbsent(resolved.personId(), mention.truePersonId());
        return resolved;
    }

    /**
     * Every mention's person is already loaded, so a link to anyone else is wrong and a mention left
     * unlinked is a missed link. A person the run created counts as whoever its first mention was.
     */
    private void judge(Mention mention, ResolvedMention resolved) {
        if (resolved.decision() != ResolutionDecision.LINKED) {
            missedLinks++;
        } else if (!mention.truePersonId().equals(truthOfPerson.get(resolved.personId()))) {
            wrongLinks++;
            wrongLinksBySlips.merge(mention.errors().isEmpty() ? "no slip" : mention.errors().toString(), 1, Integer::sum);
        }
    }

    void report(PrintStream out, boolean countCandidates) {
        out.printf(Locale.ROOT, "  latency per mention (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f  (n=%,d)%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), latency.getMean() / 1e6,
                latency.getTotalCount());
        out.printf(Locale.ROOT, "  throughput: %,.0f mentions/s on one thread (%,d mentions in %.1f s, candidate counting included)%n",
                latency.getTotalCount() / (timedNanos / 1e9), latency.getTotalCount(), timedNanos / 1e9);
        if (countCandidates) {
            out.printf(Locale.ROOT, "  persons sharing a blocking key per mention, before the candidate limit: mean %.1f  p50 %d  p99 %d  max %d%n",
                    candidates.getMean(), candidates.getValueAtPercentile(50), candidates.getValueAtPercentile(99),
                    candidates.getMaxValue());
        }
        out.printf(Locale.ROOT, "  decisions: linked %,d  review %,d  new %,d%n",
                decisions.getOrDefault(ResolutionDecision.LINKED, 0), decisions.getOrDefault(ResolutionDecision.REVIEW, 0),
                decisions.getOrDefault(ResolutionDecision.NEW, 0));
        out.printf(Locale.ROOT, "  links checked against the truth: %,d to the wrong person, %,d mentions not linked (of %,d)%n",
                wrongLinks, missedLinks, latency.getTotalCount());
        out.printf(Locale.ROOT, "  wrong links by the slips the mention carried (most first): %s%n",
                wrongLinksBySlips.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(8).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    long timedCount() {
        return latency.getTotalCount();
    }

    double meanMillis() {
        return latency.getMean() / 1e6;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
