package doorstep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.api.model.SubmissionStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The last line keeps the counts scripts read, and adds one per kind and the tasks interviewed. */
class RunTallyTest {

    private final RunTally tally = new RunTally();

    @Test
    void theLastLineKeepsItsCountsAndAddsEachKind() {
        UUID incident = settled("domestic-abuse-incident", SubmissionStatus.ACCEPTED);
        settled("domestic-abuse-incident", SubmissionStatus.DUPLICATE);
        UUID notice = settled("child-returned", SubmissionStatus.ACCEPTED);
        settled("early-help-visit", SubmissionStatus.ACCEPTED);
        settled("return-home-interview", SubmissionStatus.ACCEPTED);
        tally.queued(incident);
        tally.outcome(incident);
        tally.taskFound(notice);
        tally.interviewed(notice);

        assertEquals("devices=3 captures=5 accepted=4 duplicate=1 rejected=0 queued=1 outcomes=1 lost=0"
                + " kinds=domestic-abuse-incident:2,child-returned:1,early-help-visit:1,return-home-interview:1"
                + " tasks=1 interviewed=1", tally.line(3));
    }

    @Test
    void aKindNotCapturedIsLeftOut() {
        settled("early-help-visit", SubmissionStatus.ACCEPTED);

        assertEquals("devices=1 captures=1 accepted=1 duplicate=0 rejected=0 queued=0 outcomes=0 lost=0"
                + " kinds=early-help-visit:1 tasks=0 interviewed=0", tally.line(1));
    }

    @Test
    void aCaptureNeverAnsweredIsLost() {
        tally.captured(UUID.randomUUID(), "child-returned");

        String line = tally.line(1);

        assertTrue(line.contains(" lost=1 "));
        assertFalse(RunTally.nothingLost(line));
    }

    @Test
    void aRunWithNothingLostSaysSo() {
        settled("child-returned", SubmissionStatus.ACCEPTED);

        assertTrue(RunTally.nothingLost(tally.line(1)));
    }

    @Test
    void theCapturesOfOneKindAreKnown() {
        UUID notice = settled("child-returned", SubmissionStatus.ACCEPTED);
        settled("domestic-abuse-incident", SubmissionStatus.ACCEPTED);

        assertEquals(java.util.Set.of(notice), tally.captured("child-returned"));
    }

    private UUID settled(String kind, SubmissionStatus status) {
        UUID id = UUID.randomUUID();
        tally.captured(id, kind);
        tally.settled(id, status);
        return id;
    }
}
