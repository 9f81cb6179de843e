package doorstep.people;

import doorstep.Deadlocks;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * How many mentions a tenant has, kept as a running count over a few slots (a mention counts in
 * the slot its id picks), so reading it costs a handful of rows however many mentions there are.
 * A resolution's mentions are counted after its capture commits, each in a short transaction of
 * its own that touches one row, so no capture holds a tally row and two cannot wait in a cycle.
 */
@Singleton
class MentionTally {

    static final int SLOTS = 16;
    private static final Logger LOG = LoggerFactory.getLogger(MentionTally.class);
    private static final int ATTEMPTS = 3;

    private final JdbcOperations jdbc;
    private final BeanProvider<SlotCounter> counter;

    MentionTally(JdbcOperations jdbc, BeanProvider<SlotCounter> counter) {
        this.jdbc = jdbc;
        this.counter = counter;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void on(MentionsFiled filed) {
        for (int attempt = 1; ; attempt++) {
            try {
                counter.get().count(filed.tenantId(), slotOf(filed.mentionId()));
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Deadlocks.isRetryable(e)) {
                    // One missed mention shifts every term-frequency weight by a negligible amount; the capture is committed.
                    LOG.warn("Mention {} was not counted in the tally: {}", filed.mentionId(), e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    static int slotOf(UUID mentionId) {
        return Math.floorMod(mentionId.hashCode(), SLOTS);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void count(String tenantId, int slot, long mentions) {
        jdbc.prepareStatement("INSERT INTO mention_tally (tenant_id, slot, mentions) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE mentions = mentions + VALUES(mentions)", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setInt(2, slot);
            statement.setLong(3, mentions);
            return statement.executeUpdate();
        });
    }

    /** The count of one filed mention, in a transaction of its own. */
    @Singleton
    static class SlotCounter {

        private final MentionTally tally;

        SlotCounter(MentionTally tally) {
            this.tally = tally;
        }

        @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
        void count(String tenantId, int slot) {
            tally.count(tenantId, slot, 1);
        }
    }

    @Transactional
    long mentions(String tenantId) {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(mentions), 0) FROM mention_tally WHERE tenant_id = ?",
                (PreparedStatement statement) -> {
                    statement.setString(1, tenantId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }
}
