package doorstep.audit;

import doorstep.crypto.CheckpointSigningKey;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Verifies every tenant's chain in a database against the signed checkpoints in a folder: every
 * tenant with a chain, a head row or a checkpoint file is checked, so a tenant whose whole chain
 * was deleted is caught by its checkpoints.
 */
final class AuditVerification {

    /** What was found: one summary per tenant with its problems under it, and whether all holds. */
    record Report(List<String> lines, boolean holds) {
    }

    private final Connection connection;
    private final CheckpointFiles checkpoints;
    private final CheckpointSigningKey key;

    AuditVerification(Connection connection, Path checkpointDir, CheckpointSigningKey key) {
        this.connection = connection;
        this.checkpoints = new CheckpointFiles(checkpointDir);
        this.key = key;
    }

    Report run() throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        boolean holds = true;
        TreeSet<String> tenants = new TreeSet<>(checkpoints.tenants());
        tenants.addAll(strings("SELECT tenant_id FROM audit_head UNION SELECT DISTINCT tenant_id FROM audit_entry"));
        for (String tenantId : tenants) {
            ChainVerifier.Verdict verdict = verify(tenantId);
            lines.add(verdict.summary());
            verdict.problems().forEach(problem -> lines.add("    - " + problem));
            holds &= verdict.holds();
        }
        if (tenants.isEmpty()) {
            lines.add("The audit log is empty and there are no checkpoints: nothing has been recorded yet.");
        }
        return new Report(lines, holds);
    }

    ChainVerifier.Verdict verify(String tenantId) throws SQLException, IOException {
        ChainVerifier verifier = new ChainVerifier(tenantId, checkpoints.linesOf(tenantId), key::verifies);
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ChainStore.ENTRY_COLUMNS
                + " FROM audit_entry WHERE tenant_id = ? ORDER BY seq")) {
            query.setString(1, tenantId);
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        verifier.accept(ChainStore.read(rows));
                    } catch (RuntimeException unreadable) {
                        verifier.unreadable(rows.getLong("seq"), "an operation or field no release writes");
                    }
                }
            }
        }
        return verifier.finish();
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
