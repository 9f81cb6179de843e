package doorstep.bench.week;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A stand-in for a tenant that runs red on a 24-hour clock, which the server on this branch cannot
 * yet be configured to do: in the opening transaction it moves a red contact's deadline to the same
 * number of hours after receipt, counting every hour. Delete it once the per-tenant red clock lands
 * and configure the simulated tenant instead.
 */
final class TwentyFourHourRedClock {

    private final int hours;

    TwentyFourHourRedClock(int hours) {
        this.hours = hours;
    }

    int hours() {
        return hours;
    }

    void restart(Connection connection, String tenantId, UUID captureId) {
        try (var statement = connection.prepareStatement("UPDATE contact SET due_at = DATE_ADD(received_at, INTERVAL ? HOUR)"
                + " WHERE tenant_id = ? AND incident_id = ? AND rag = 'RED'")) {
            statement.setInt(1, hours);
            statement.setString(2, tenantId);
            statement.setString(3, captureId.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a red contact's 24-hour deadline", e);
        }
    }
}
