package doorstep.simulator;

import doorstep.device.capture.ChildReturnedNotices;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.capture.EarlyHelpVisits;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What each phone captures with no signal, by who carries it: police send incidents and about one
 * child-returned notice per four incidents, early help workers send visits. Interviewers capture
 * later, against the tasks the returns made ({@link Interviewer}).
 */
final class FieldWork {

    private final Set<SimulatedKind> kinds;
    private final RunTally tally;
    private final Random mix;
    private final IncidentGenerator incidents;
    private final ReturnGenerator returns;
    private final VisitGenerator visits;

    FieldWork(long seed, Clock clock, Set<SimulatedKind> kinds, RunTally tally) {
        this.kinds = kinds;
        this.tally = tally;
        this.mix = new Random(seed * 17 + 3);
        // The incidents of a seed stay those of earlier versions: their generator keeps the run's seed.
        this.incidents = new IncidentGenerator(seed, clock);
        this.returns = new ReturnGenerator(seed + 1, clock);
        this.visits = new VisitGenerator(seed + 2, clock);
    }

    void captureOffline(FieldRole role, SimulatedDevice device, int count) throws IOException, GeneralSecurityException {
        for (int c = 0; c < count; c++) {
            switch (role) {
                case POLICE -> police(device);
                case EARLY_HELP -> tally.captured(device.captureAndSeal(visits.next()), EarlyHelpVisits.KIND);
                case INTERVIEWER -> {
                    return;
                }
            }
        }
    }

    private void police(SimulatedDevice device) throws IOException, GeneralSecurityException {
        boolean returnsToo = kinds.contains(SimulatedKind.RETURN_HOME_INTERVIEW);
        if (kinds.contains(SimulatedKind.INCIDENT) && (!returnsToo || mix.nextInt(5) != 0)) {
            tally.captured(device.captureAndSeal(incidents.next()), DomesticAbuseIncidents.KIND);
        } else {
            UUID notice = device.captureAndSeal(returns.next());
            tally.captured(notice, ChildReturnedNotices.KIND);
        }
    }
}
