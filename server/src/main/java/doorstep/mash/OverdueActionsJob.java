package doorstep.mash;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells owners (and managers, for actions an agency owns) once that an action is overdue. Every
 * replica runs it; the conditional update that stamps {@code flagged_at} decides which one sends the
 * notice, in the same transaction as the notice, so an action is never flagged twice or left unflagged.
 */
@Singleton
class OverdueActionsJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueActionsJob.class);
    private static final int BATCH = 200;

    private final DecisionActionRepository actions;
    private final ApplicationEventPublisher<ActionOverdue> overdue;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OverdueActionsJob(DecisionActionRepository actions, ApplicationEventPublisher<ActionOverdue> overdue,
                      TransactionOperations<Connection> transactions, Clock clock) {
        this.actions = actions;
        this.overdue = overdue;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${doorstep.mash.overdue-actions.every:10m}",
            initialDelay = "${doorstep.mash.overdue-actions.first-after:1m}")
    void run() {
        int flagged = flagOverdue();
        if (flagged > 0) {
            LOG.info("Flagged {} overdue MASH actions to their owners", flagged);
        }
    }

    /** Flags the overdue actions nobody has flagged yet; returns how many this server flagged. */
    int flagOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(ActionViews.ENGLAND));
        int flagged = 0;
        for (DecisionAction action : actions.overdueUnflagged(today, BATCH)) {
            if (Boolean.TRUE.equals(transactions.executeWrite(status -> flag(action)))) {
                flagged++;
            }
        }
        return flagged;
    }

    private boolean flag(DecisionAction action) {
        if (actions.flag(action.tenantId(), action.id(), clock.instant()) == 0) {
            return false;
        }
        overdue.publishEvent(new ActionOverdue(action.tenantId(), action.id(), action.ownerUid(), action.ownerAgency(),
                action.dueOn().plusDays(1).atStartOfDay(ActionViews.ENGLAND).toInstant(), clock.instant()));
        return true;
    }
}
