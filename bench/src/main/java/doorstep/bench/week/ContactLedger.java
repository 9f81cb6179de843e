package doorstep.bench.week;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the front door's own table says about a simulated tenant's contacts: the figures come from here. */
final class ContactLedger {

    private final TransactionOperations<Connection> transactions;

    @SuppressWarnings("unchecked")
    ContactLedger(ApplicationContext context) {
        this.transactions = context.getBean(TransactionOperations.class);
    }

    /** A contact as stored: when it came, when it was due, when (if yet) it was decided. */
    record Row(FrontDoor.Rag rag, Instant receivedAt, Instant dueAt, Optional<Instant> decidedAt) {

        boolean decidedInTime() {
            return decidedAt.filter(decided -> !decided.isAfter(dueAt)).isPresent();
        }
    }

    /** Contacts received in [from, to). */
    List<Row> receivedBetween(String tenantId, Instant from, Instant to) {
        return rows("SELECT rag, received_at, due_at, decided_at FROM contact WHERE tenant_id = ?"
                + " AND received_at >= ? AND received_at < ? ORDER BY received_at", tenantId, from, to);
    }

    /** Contacts received by {@code at} and not decided by then, oldest first. */
    List<Row> undecidedAt(String tenantId, Instant at) {
        return rows("SELECT rag, received_at, due_at, decided_at FROM contact WHERE tenant_id = ?"
                + " AND received_at <= ? AND (decided_at IS NULL OR decided_at > ?) ORDER BY received_at",
                tenantId, at, at);
    }

    private List<Row> rows(String sql, String tenantId, Instant... instants) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setString(1, tenantId);
                for (int i = 0; i < instants.length; i++) {
                    statement.setTimestamp(i + 2, Timestamp.from(instants[i]));
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Timestamp decided = result.getTimestamp(4);
                        rows.add(new Row(FrontDoor.Rag.valueOf(result.getString(1)), result.getTimestamp(2).toInstant(),
                                result.getTimestamp(3).toInstant(),
                                Optional.ofNullable(decided).map(Timestamp::toInstant)));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the simulated tenant's contacts", e);
            }
        });
    }
}
