package doorstep.mash;

import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * However many triagers claim one contact at the same moment, on one server or on two sharing the
 * database, exactly one holds it and every other is told it is not claimable.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimRaceTest extends ApiTest {

    private static final int TRIAGERS = 16;
    private static final String WON = "won";

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    Referrer referrer;
    List<SignedIn> triagers;
    EmbeddedServer secondServer;
    HttpClient secondClient;
    Api secondApi;

    @BeforeAll
    void setUp() {
        referrer = Referrer.policeOfficer(api, TENANT);
        triagers = IntStream.range(0, TRIAGERS)
                .mapToObj(i -> EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager")).toList();
        Map<String, Object> sameDatabase = new HashMap<>();
        for (String key : List.of("datasources.default.url", "datasources.default.username",
                "datasources.default.password", "doorstep.identity.auth-emulator-host")) {
            sameDatabase.put(key, context.getRequiredProperty(key, String.class));
        }
        secondServer = ApplicationContext.run(EmbeddedServer.class, sameDatabase, "test");
        secondClient = secondServer.getApplicationContext().createBean(HttpClient.class, secondServer.getURL());
        secondApi = new Api(secondClient.toBlocking());
    }

    @AfterAll
    void stopSecondServer() {
        secondClient.close();
        secondServer.getApplicationContext().close();
    }

    @Test
    void sixteenTriagersClaimingOneContactAtOnceLeaveExactlyOneHolder() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID contactId = newContact();

            List<String> answers = race(contactId, i -> api);

            assertOneWinner(contactId, answers);
        }
    }

    @Test
    void triagersOnTwoServersSharingTheDatabaseClaimingOneContactLeaveExactlyOneHolder() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID contactId = newContact();

            List<String> answers = race(contactId, i -> i % 2 == 0 ? api : secondApi);

            assertOneWinner(contactId, answers);
        }
    }

    private void assertOneWinner(UUID contactId, List<String> answers) {
        assertEquals(1, answers.stream().filter(WON::equals).count(), "answers: " + answers);
        assertEquals(TRIAGERS - 1, answers.stream().filter("409 /problems/contact-not-claimable"::equals).count(),
                "answers: " + answers);
        String holder = api.call(HttpRequest.GET("/v1/mash/contacts?limit=500&state=claimed"), triagers.get(0),
                        ContactQueue.class).getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().orElseThrow().getClaimedBy();
        assertEquals(triagers.get(answers.indexOf(WON)).uid(), holder);
        assertEquals(1, new StoredRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? "
                + "AND action = 'contact.claimed'", contactId.toString()), "one claim, one audit entry");
    }

    /** Every triager claims at once, through the server the choice gives them; the answers in triager order. */
    private List<String> race(UUID contactId, java.util.function.IntFunction<Api> server) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TRIAGERS);
        CountDownLatch ready = new CountDownLatch(TRIAGERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> claims = new ArrayList<>();
        for (int i = 0; i < TRIAGERS; i++) {
            SignedIn triager = triagers.get(i);
            Api through = server.apply(i);
            claims.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return claim(through, triager, contactId);
            }));
        }
        ready.await();
        go.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> claim : claims) {
            answers.add(claim.get());
        }
        pool.shutdown();
        return answers;
    }

    private static String claim(Api through, SignedIn triager, UUID contactId) {
        try {
            through.http().exchange(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", "")
                            .header("Authorization", triager.bearer()),
                    Argument.of(ContactSummary.class), Argument.mapOf(String.class, Object.class));
            return WON;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode() + " " + e.getResponse().getBody(Argument.mapOf(String.class, Object.class))
                    .map(problem -> problem.get("type")).orElse("no problem body");
        }
    }

    private UUID newContact() {
        return Referrer.contactFor(api, triagers.get(0), referrer.refer(Captures.incident())).getContactId();
    }
}
