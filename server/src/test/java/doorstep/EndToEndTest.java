package doorstep;

import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Outcome;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.simulator.EmulatorSignIn;
import doorstep.simulator.FlakyNetwork;
import doorstep.simulator.IncidentGenerator;
import doorstep.simulator.SimulatedDevice;
import doorstep.testing.Decisions;
import doorstep.testing.ApiTest;
import doorstep.testing.AuthEmulator;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path on real parts: Auth emulator, embedded MariaDB, this server, and a phone running
 * the device core, from a capture made with no signal to the MASH decision back on the phone.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest extends ApiTest {

    @Inject
    EmbeddedServer server;

    @TempDir
    Path phoneStorage;

    @Test
    void captureMadeOfflineReachesTheMashOnceAndItsOutcomeComesBackToThePhone() throws Exception {
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Map<UUID, List<SubmissionStatus>> answers = new ConcurrentHashMap<>();
        FlakyNetwork network = new FlakyNetwork(1, 0);
        EmulatorSignIn officerSignIn = new EmulatorSignIn(AuthEmulator.host(), officer.email(),
                EmulatorUsers.PASSWORD, Clock.systemUTC());
        SimulatedDevice phone = SimulatedDevice.on(network, phoneStorage, server.getURL().toString(), officerSignIn,
                (id, status) -> answers.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(status));

        // Given a phone enrolled with signal, then used where there is none
        phone.enrol();
        network.goOffline();
        UUID capture = phone.captureAndSeal(new IncidentGenerator(3, Clock.systemUTC()).next());
        // When the phone is switched off and on, and syncs where the first answer is lost on the way back
        phone.restart();
        network.goOnline();
        network.loseNextAnswer();
        phone.syncUntilSettled(Duration.ofSeconds(30));

        // Then it pushed twice, the server stored it once, and the MASH has exactly one contact for it
        assertEquals(List.of(SubmissionStatus.DUPLICATE), answers.get(capture),
                "the first answer was lost, so the phone only heard the retry's answer");
        assertTrue(phone.waiting().isEmpty());
        List<ContactSummary> contacts = api.call(HttpRequest.GET("/v1/mash/contacts"), triager, ContactQueue.class)
                .getContacts().stream().filter(c -> c.getSubmissionId().equals(capture)).toList();
        assertEquals(1, contacts.size());
        assertFalse(phone.hasOutcome(capture));

        // When a triager claims and decides it
        UUID contactId = contacts.get(0).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(Outcome.SECTION_17_ASSESSMENT, "Children seen; assessment needed.")),
                triager, ContactSummary.class);

        // Then the phone's next sync brings the outcome home
        phone.syncUntilSettled(Duration.ofSeconds(30));
        assertTrue(phone.hasOutcome(capture));
        phone.close();
    }
}
