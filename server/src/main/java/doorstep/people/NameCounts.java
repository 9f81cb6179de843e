package doorstep.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Mentions counted per blind-indexed name value: the population frequencies for term-frequency weights. */
@Singleton
class NameCounts {

    private static final Logger LOG = LoggerFactory.getLogger(NameCounts.class);
    private static final int ATTEMPTS = 3;

    /** One name part's blind-indexed value. */
    record NameValue(String part, byte[] valueIndex) {
    }

    private final JdbcOperations jdbc;
    private final NameCounter counter;

    NameCounts(JdbcOperations jdbc, NameCounter counter) {
        this.jdbc = jdbc;
        this.counter = counter;
    }

    /** Each value in a short transaction of its own, in one fixed order, so counters never wait in a cycle. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void on(NamesSeen seen) {
        seen.values().stream()
                .sorted(Comparator.comparing(NameValue::part).thenComparing(NameValue::valueIndex, Arrays::compareUnsigned))
                .forEach(value -> countWithRetry(seen.tenantId(), value));
    }

    private void countWithRetry(String tenantId, NameValue value) {
        for (int attempt = 1; ; attempt++) {
            try {
                counter.increment(tenantId, value);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !doorstep.Deadlocks.isRetryable(e)) {
                    // A missed count only skews a frequency slightly; the capture itself is committed.
                    LOG.warn("A name count for tenant {} was not recorded: {}", tenantId, e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    @Transactional
    Optional<Long> mentions(String tenantId, String part, byte[] valueIndex) {
        return jdbc.prepareStatement("SELECT mentions FROM name_frequency WHERE tenant_id = ? AND name_part = ? "
                + "AND value_index = ?", (PreparedStatement statement) -> {
            statement.setString(1, tenantId);
            statement.setString(2, part);
            statement.setBytes(3, valueIndex);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    /** The upsert, in a transaction of its own. */
    @Singleton
    static class NameCounter {

        private final JdbcOperations jdbc;

        NameCounter(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
        void increment(String tenantId, NameValue value) {
            jdbc.prepareStatement("INSERT INTO name_frequency (tenant_id, name_part, value_index, mentions) "
                    + "VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE mentions = mentions + 1", (PreparedStatement statement) -> {
                statement.setString(1, tenantId);
                statement.setString(2, value.part());
                statement.setBytes(3, value.valueIndex());
                return statement.executeUpdate();
            });
        }
    }
}
