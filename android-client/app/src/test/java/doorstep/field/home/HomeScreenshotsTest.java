package doorstep.field.home;

import android.net.ConnectivityManager;
import android.view.View;
import android.view.ViewGroup;
import doorstep.device.api.model.Outcome;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.device.sync.SyncReport;
import doorstep.device.sync.SyncStatus;
import doorstep.field.R;
import doorstep.field.testing.FeedEntries;
import doorstep.field.testing.SignedInPhone;
import doorstep.field.testing.TestFieldApp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/** The home screen as an officer sees it, drawn to target/screenshots, and held to 48dp touch targets. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class HomeScreenshotsTest {

    private final TestFieldApp app = TestFieldApp.get();
    private SignedInPhone phone;
    private UUID refused;
    private UUID sent;

    @Before
    public void aWorkingDay() throws Exception {
        phone = new SignedInPhone();
        sent = phone.sealed();
        phone.backend.addToFeed(FeedEntries.outcome(sent, Outcome.EARLY_HELP));
        UUID task = UUID.randomUUID();
        phone.backend.addToFeed(FeedEntries.taskDueIn(task, Duration.ofHours(14).plusMinutes(20)));
        phone.syncs();
        refused = phone.sealed();
        app.outbox().markRejected(refused, "The form version is not known to the server.");
        app.outbox().saveDraft(EarlyHelpVisits.KIND, "{}");
        phone.sealed();
    }

    @After
    public void stopBackend() throws Exception {
        phone.close();
    }

    @Test
    public void rendersHomeWithEachKindOfRowAndTheSyncLineInEachState() {
        HomeScreen home = HomeScreen.open().screenshot("home");
        home.scrollTo("refused:" + refused).screenshot("home-refused-item");
        home.scrollTo("sent:" + sent).screenshot("home-sent-with-outcome");
        noSignal();
        home.comeBack().screenshot("home-sync-no-signal");
        app.syncProgress().started(12);
        app.syncProgress().settledOne();
        app.syncProgress().settledOne();
        home.idle().screenshot("home-sync-sending");
        app.syncProgress().finished(new SyncReport(SyncStatus.REAUTH_NEEDED, 0, 0, 1, "Sign in again", null),
                Instant.now());
        signalBack();
        home.comeBack().screenshot("home-sync-sign-in-again");
        assertTrue(home.syncLine(), home.syncLine().startsWith("Sign in again"));
    }

    @Test
    public void rendersThePhoneOnceTheServerHasRevokedIt() {
        phone.backend.refuseDoorstepCallsWith("/problems/device-revoked");
        phone.syncs();

        HomeScreen home = HomeScreen.open().screenshot("home-sync-revoked");

        assertEquals(HomeScreen.REVOKED_LINE, home.syncLine());
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        HomeScreen.open().screenshot("home-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        HomeScreen home = HomeScreen.open().screenshot("home-night");
        home.scrollTo("refused:" + refused).screenshot("home-refused-item-night");
    }

    @Test
    public void everyTappableRowAndButtonIsAtLeast48dp() {
        HomeScreen home = HomeScreen.open();
        float density = RuntimeEnvironment.getApplication().getResources().getDisplayMetrics().density;
        ViewGroup root = (ViewGroup) home.activity().getWindow().getDecorView();
        int checked = checkTargets(root, density);
        assertTrue("draft, task and three new-capture buttons", checked >= 5);
    }

    @Test
    public void theNewCaptureActionsAreFullWidthLabelledButtonsInTheLowerHalf() {
        HomeScreen home = HomeScreen.open();
        float density = RuntimeEnvironment.getApplication().getResources().getDisplayMetrics().density;
        View screen = home.activity().getWindow().getDecorView();
        for (CaptureKind kind : CaptureKind.values()) {
            if (!kind.startsFromHome) {
                continue;
            }
            View action = home.newCaptureAction(kind.kind);
            ViewGroup row = (ViewGroup) action.getParent();
            int[] at = new int[2];
            action.getLocationInWindow(at);
            assertTrue(kind + " is a Button", action instanceof android.widget.Button);
            assertEquals(kind + " spans the width", row.getWidth() - row.getPaddingStart() - row.getPaddingEnd(),
                    action.getWidth());
            assertTrue(kind + " is " + action.getHeight() / density + "dp high", action.getHeight() >= 48 * density);
            assertTrue(kind + " is within a thumb's reach", at[1] >= screen.getHeight() / 2);
            assertEquals("Start a new record: " + kind.label, action.getContentDescription().toString());
        }
    }

    private static int checkTargets(ViewGroup group, float density) {
        int checked = 0;
        for (int i = 0; i < group.getChildCount(); i++) {
            View child = group.getChildAt(i);
            if (child.isClickable() && child.getId() != R.id.home_scroll) {
                assertTrue(child.getTag() + " is " + child.getHeight() / density + "dp", child.getHeight() >= 48 * density);
                checked++;
            } else if (child instanceof ViewGroup inner) {
                checked += checkTargets(inner, density);
            }
        }
        return checked;
    }

    private static void signalBack() {
        shadowOf(RuntimeEnvironment.getApplication().getSystemService(ConnectivityManager.class)).setActiveNetworkInfo(
                org.robolectric.shadows.ShadowNetworkInfo.newInstance(android.net.NetworkInfo.DetailedState.CONNECTED,
                        ConnectivityManager.TYPE_WIFI, 0, true, android.net.NetworkInfo.State.CONNECTED));
    }

    private static void noSignal() {
        shadowOf(RuntimeEnvironment.getApplication().getSystemService(ConnectivityManager.class)).setActiveNetworkInfo(null);
    }
}
