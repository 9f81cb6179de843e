package doorstep.mash;

import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.ContactSummary;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two replicas of the server on one database both tick the deadline job: each tenant is worked by
 * exactly one of them per interval, and a breach is announced once.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachJobReplicasTest extends ApiTest implements WithSettableClock {

    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final List<String> TENANTS = List.of(TENANT, OTHER_TENANT, "third-la");

    @Inject
    ApplicationContext context;

    @Inject
    SettableClock clock;

    @Inject
    BreachJob job;

    @Inject
    DataSource dataSource;

    ApplicationContext replica;
    SettableClock replicaClock;
    BreachJob replicaJob;


    @BeforeAll
    void startReplica() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        tenants.register("third-la", "Third Borough MASH");
        Map<String, Object> sameDatabase = new HashMap<>();
        for (String key : List.of("datasources.default.url", "datasources.default.username",
                "datasources.default.password", "doorstep.identity.auth-emulator-host", SettableClock.PROPERTY)) {
            sameDatabase.put(key, context.getRequiredProperty(key, String.class));
        }
        replica = ApplicationContext.run(sameDatabase, "test");
        replicaClock = replica.getBean(SettableClock.class);
        replicaJob = replica.getBean(BreachJob.class);
    }

    @AfterAll
    void stopReplica() {
        replica.close();
    }

    /** Each test sets its own time, earlier or later than the last: the job's turns start afresh. */
    @BeforeEach
    void forgetTheJobsTurns() {
        new StoredRows(dataSource).execute("DELETE FROM job_run");
    }

    @Test
    void bothReplicasTickYetEachTenantIsWorkedOncePerInterval() throws Exception {
        Instant start = clock.instant();
        for (int interval = 0; interval < 3; interval++) {
            setBoth(start.plus(INTERVAL.multipliedBy(interval)));

            List<String> first = tickBothAtOnce();
            setBoth(start.plus(INTERVAL.multipliedBy(interval)).plusSeconds(30));
            List<String> again = tickBothAtOnce();

            assertEquals(TENANTS.stream().sorted().toList(), first.stream().sorted().toList(),
                    "interval " + interval + ": each tenant by one replica");
            assertEquals(List.of(), again, "interval " + interval + ": nobody works a tenant twice in one interval");
        }
    }

    @Test
    void aBreachSeenByBothReplicasIsAnnouncedOnce() throws Exception {
        Referrer referrer = Referrer.policeOfficer(api, TENANT);
        SignedIn manager = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner", "mash-manager");
        DeviceEnrolment phone = api.enrol(manager);
        ContactSummary contact = Referrer.contactFor(api, manager, referrer.refer(Captures.incident()));
        setBoth(contact.getDueAt().toInstant().plus(Duration.ofDays(1)));

        tickBothAtOnce();
        setBoth(contact.getDueAt().toInstant().plus(Duration.ofDays(1)).plus(INTERVAL));
        tickBothAtOnce();

        assertEquals(1, new StoredRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? "
                + "AND action = 'contact.deadline-breached'", contact.getContactId().toString()));
        assertEquals(1, api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + phone.getDeviceId()), manager,
                        FeedPage.class).getEntries().stream()
                .filter(e -> e.getKind() == FeedEntryKind.DEADLINE
                        && e.getDeadline().getRecordId().equals(contact.getContactId()))
                .count());
    }

    private void setBoth(Instant now) {
        clock.set(now);
        replicaClock.set(now);
    }

    /** Both replicas run the job at the same moment; the tenants each worked, together. */
    private List<String> tickBothAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<String>> here = CompletableFuture.supplyAsync(() -> tickAfter(together, job));
        CompletableFuture<List<String>> there = CompletableFuture.supplyAsync(() -> tickAfter(together, replicaJob));
        List<String> worked = new ArrayList<>(here.get());
        worked.addAll(there.get());
        return worked;
    }

    private static List<String> tickAfter(CyclicBarrier together, BreachJob job) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.runDue();
    }
}
