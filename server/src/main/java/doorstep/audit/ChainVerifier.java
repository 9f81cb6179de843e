package doorstep.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Checks one tenant's chain, fed its entries in sequence order, against the tenant's checkpoint
 * lines: every checkpoint's signature, every entry's hash and link to the one before, no gaps,
 * every checkpoint's sequence reached and its head hash matched. Says what it found in words.
 */
final class ChainVerifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A tenant's verdict: the summary line, the problems under it, and whether everything holds. */
    record Verdict(String summary, List<String> problems) {
        boolean holds() {
            return problems.isEmpty();
        }
    }

    private final String tenantId;
    private final TreeMap<Long, Checkpoint> signed = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private long entries;
    private long nextSeq = 1;
    private byte[] prevHash = AuditEntry.GENESIS;

    /** @param signatures whether a signature is good for a message: (message, signature) */
    ChainVerifier(String tenantId, List<String> checkpointLines, BiPredicate<byte[], byte[]> signatures) {
        this.tenantId = tenantId;
        for (int i = 0; i < checkpointLines.size(); i++) {
            String line = checkpointLines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                Checkpoint checkpoint = Checkpoint.parse(line);
                if (!checkpoint.tenantId().equals(tenantId) || !signatures.test(checkpoint.message(), checkpoint.signature())) {
                    problems.add("checkpoint file line " + (i + 1) + " (entry " + checkpoint.seq() + ", dated "
                            + WHEN.format(checkpoint.at()) + ") has a signature that does not verify with the checkpoint "
                            + "key: the checkpoint file was altered, or the line was forged. It was not used.");
                } else {
                    signed.put(checkpoint.seq(), checkpoint);
                }
            } catch (IllegalArgumentException e) {
                problems.add("checkpoint file line " + (i + 1) + " is not a checkpoint Doorstep wrote: the file was altered.");
            }
        }
    }

    void accept(AuditEntry entry) {
        entries++;
        long seq = entry.seq();
        if (seq > nextSeq) {
            problems.add(seq == nextSeq + 1 ? "entry " + nextSeq + " is missing: it was deleted."
                    : "entries " + nextSeq + " to " + (seq - 1) + " are missing: they were deleted.");
        } else if (!Arrays.equals(entry.prevHash(), prevHash)) {
            problems.add("entry " + seq + " does not follow entry " + (seq - 1) + " (its link to the entry before is broken):"
                    + " entry " + (seq - 1) + " or " + seq + " was replaced, or the chain was forked.");
        }
        if (!Arrays.equals(entry.computedHash(), entry.hash())) {
            problems.add("entry " + seq + " (" + entry.recordType() + " " + entry.recordId() + ", written "
                    + WHEN.format(entry.at()) + ") was edited after it was written: its contents no longer match its hash.");
        }
        Checkpoint checkpoint = signed.get(seq);
        if (checkpoint != null && !Arrays.equals(checkpoint.headHash(), entry.hash())) {
            problems.add("entry " + seq + " is not the entry the checkpoint signed " + WHEN.format(checkpoint.at())
                    + " vouches for: the chain was rewritten up to there.");
        }
        prevHash = entry.hash();
        nextSeq = seq + 1;
    }

    /** A row that could not be read as an entry at all, which no release of Doorstep writes. */
    void unreadable(long seq, String why) {
        entries++;
        problems.add("entry " + seq + " cannot be read (" + why + "): it was edited after it was written.");
        prevHash = new byte[0];
        nextSeq = seq + 1;
    }

    Verdict finish() {
        long last = nextSeq - 1;
        signed.tailMap(last, false).values().stream().findFirst().ifPresent(beyond -> problems.add("the chain ends at entry "
                + last + " but the checkpoint signed " + WHEN.format(beyond.at()) + " shows it had reached entry "
                + beyond.seq() + ": entries after " + last + " were removed (the log was truncated)."));
        String count = String.format("%,d %s", entries, entries == 1 ? "entry" : "entries");
        if (!problems.isEmpty()) {
            return new Verdict(tenantId + ": " + count + ", NOT INTACT: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"), List.copyOf(problems));
        }
        if (signed.isEmpty()) {
            return new Verdict(tenantId + ": " + count + ", chain intact, no checkpoint yet (one is signed every few "
                    + "minutes and at shutdown), so a cut-off tail could not be ruled out", List.of());
        }
        Checkpoint latest = signed.lastEntry().getValue();
        return new Verdict(String.format("%s: %s, chain intact, last checkpoint at %,d (signed %s) matches", tenantId,
                count, latest.seq(), WHEN.format(latest.at())), List.of());
    }
}
