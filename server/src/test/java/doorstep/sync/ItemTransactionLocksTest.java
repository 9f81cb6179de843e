package doorstep.sync;

import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every item's transaction stays off the rows all pushes share: the tenant's mention tally is a
 * statistic, counted after the capture commits, so two devices pushing at once never wait on it
 * inside their captures (where waiting in opposite orders made them deadlock).
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemTransactionLocksTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Inject
    DataSource dataSource;

    @Test
    void captureIsStoredWhileAnotherTransactionHoldsTheWholeMentionTally() throws Exception {
        Referrer officer = Referrer.policeOfficer(api, TENANT);
        officer.refer(Captures.incident());
        StoredRows rows = new StoredRows(dataSource);
        long mentionsBefore = tallied(rows);
        UUID id = UUID.randomUUID();
        var item = Captures.sealed(Captures.incident(), officer.device().getIntakeKey().getPublicKeyset(), id,
                officer.device().getDeviceId());
        ExecutorService phone = Executors.newSingleThreadExecutor();
        Future<SubmissionResults> push;
        boolean storedWhileLocked;
        try (Connection other = StoredRows.direct(dataSource).getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().executeQuery("SELECT * FROM mention_tally FOR UPDATE").close();

            push = phone.submit(() -> api.call(HttpRequest.POST("/v1/submissions",
                    new SubmissionBatch(officer.device().getDeviceId(), List.of(item))), officer.officer(),
                    SubmissionResults.class));
            storedWhileLocked = storedWithin(rows, id);
            other.rollback();
        }

        assertTrue(storedWhileLocked, "the capture (receipt, incident, three people, contact) was committed "
                + "while another transaction held every mention_tally row");
        assertEquals(SubmissionStatus.ACCEPTED, push.get(60, TimeUnit.SECONDS).getResults().get(0).getStatus());
        assertEquals(mentionsBefore + 3, tallied(rows), "the three mentions are counted once the tally is free");
        phone.shutdown();
    }

    private static boolean storedWithin(StoredRows rows, UUID id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            if (rows.rowsFor(id) == 1 + 1 + 3 + 1) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static long tallied(StoredRows rows) {
        return rows.count("SELECT COALESCE(SUM(mentions), 0) FROM mention_tally WHERE tenant_id = ?", TENANT);
    }
}
