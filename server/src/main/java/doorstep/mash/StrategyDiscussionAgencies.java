package doorstep.mash;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which agencies a section 47 decision's strategy discussion invited, and which of them attended. */
@Singleton
class StrategyDiscussionAgencies {

    /** One agency invited to the discussion, and whether it attended. */
    record Invitation(String agency, boolean attended) {
    }

    private final JdbcOperations jdbc;

    StrategyDiscussionAgencies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void record(String tenantId, UUID decisionId, List<Invitation> invitations) {
        for (Invitation invitation : invitations) {
            jdbc.prepareStatement("INSERT INTO strategy_discussion_agency (tenant_id, decision_id, agency, attended) "
                    + "VALUES (?, ?, ?, ?)", statement -> {
                        statement.setString(1, tenantId);
                        statement.setString(2, decisionId.toString());
                        statement.setString(3, invitation.agency());
                        statement.setBoolean(4, invitation.attended());
                        return statement.executeUpdate();
                    });
        }
    }

    /** The invitations in agency order; empty when the decision had no strategy discussion. */
    List<Invitation> of(String tenantId, UUID decisionId) {
        return jdbc.prepareStatement("SELECT agency, attended FROM strategy_discussion_agency "
                + "WHERE tenant_id = ? AND decision_id = ? ORDER BY agency", statement -> {
                    statement.setString(1, tenantId);
                    statement.setString(2, decisionId.toString());
                    List<Invitation> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new Invitation(rows.getString(1), rows.getBoolean(2)));
                        }
                    }
                    return found;
                });
    }
}
