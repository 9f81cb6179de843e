package doorstep.field.sync;

import doorstep.device.api.model.Outcome;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.field.home.HomeScreen;
import doorstep.field.incident.IncidentScreen;
import doorstep.field.lock.PinSetupScreen;
import doorstep.field.signin.SignInScreen;
import doorstep.field.testing.LiveDoorstep;
import doorstep.field.testing.MashTriager;
import doorstep.field.testing.ScheduledSync;
import doorstep.field.testing.TestFieldApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The app against the real Doorstep: the Auth emulator and the server's jar (embedded MariaDB, the
 * dev demo tenant) run as processes, and the officer's capture goes from the form, through the app's
 * own sign-in, enrolment, sealing and scheduled job, to the MASH queue, and its decision comes home.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class RealServerEndToEndTest {

    private static LiveDoorstep doorstep;

    private final TestFieldApp app = TestFieldApp.get();

    @BeforeClass
    public static void startDoorstep() {
        doorstep = LiveDoorstep.start();
    }

    @AfterClass
    public static void stopDoorstep() {
        if (doorstep != null) {
            doorstep.close();
        }
    }

    @Test
    public void anIncidentSentFromThePhoneReachesTheMashAndItsDecisionShowsOnHome() {
        Instant begun = Instant.now();
        // Given the demo police officer signed in on this phone at the live server, with a PIN chosen
        app.useAuth(doorstep.auth());
        SignInScreen signIn = SignInScreen.open().typeEmail(LiveDoorstep.OFFICER).typePassword(LiveDoorstep.PASSWORD)
                .typeServerAddress(doorstep.serverAddress()).tapSignIn();
        assertEquals(signIn.error(), "PinSetupActivity", signIn.nextScreen());
        assertEquals("HomeActivity", PinSetupScreen.open().choose("024680", "024680").nextScreen());

        // When they send an incident with a child, and the job the app scheduled runs with signal
        IncidentScreen.open().fillInEverything().tapSend();
        UUID capture = onlySealedCapture();
        ScheduledSync.run(app);

        // Then the server has receipted it, and home says all is sent
        assertEquals(OutboxState.RECEIPTED, app.outbox().item(capture).orElseThrow().state());
        HomeScreen home = HomeScreen.open();
        assertTrue(home.syncLine(), home.syncLine().matches("All sent at \\d\\d:\\d\\d"));
        assertTrue(home.row("sent:" + capture), home.row("sent:" + capture).contains("Received by the server "));

        // When the demo MASH triager claims its contact and decides early help, and the job runs again
        MashTriager.signedIn(doorstep).decide(capture, Outcome.EARLY_HELP);
        ScheduledSync.run(app);

        // Then home shows the decision against that capture
        HomeScreen decided = HomeScreen.open();
        String row = decided.row("sent:" + capture);
        assertTrue(row, row.endsWith("MASH decided: early help"));
        decided.scrollTo("sent:" + capture).screenshot("home_outcome_from_the_real_server");
        System.out.printf("Live Doorstep: the journey took %d ms%n", Duration.between(begun, Instant.now()).toMillis());
    }

    private UUID onlySealedCapture() {
        List<OutboxItem> sealed = app.outbox().inState(OutboxState.SEALED);
        assertEquals("the incident is sealed and waits to send", 1, sealed.size());
        return sealed.get(0).id();
    }
}
