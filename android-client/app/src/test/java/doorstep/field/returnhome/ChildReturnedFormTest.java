package doorstep.field.returnhome;

import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.capture.OpenDrafts;
import doorstep.field.testing.TestIntakeKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The notice that a missing child came back keeps every answer and is sealed only when its times make sense. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class ChildReturnedFormTest {

    private static final String KIND = "child-returned";
    private final Outbox outbox = FieldApp.of(RuntimeEnvironment.getApplication()).outbox();
    private final OpenDrafts pointers = new OpenDrafts(RuntimeEnvironment.getApplication());


    @Test
    public void everyAnswerComesBackAfterARotationAndAfterTheAppIsKilled() {
        ChildReturnedScreen screen = ChildReturnedScreen.open().fillInEverything();
        Map<String, String> typed = screen.allValues();

        screen.rotate();
        assertEquals(typed, screen.allValues());

        screen.killAndOpenAgain().answerDialog("Carry on");
        assertEquals(typed, screen.allValues());
    }

    @Test
    public void aReturnBeforeTheChildWentMissingIsCaughtOnThePhone() {
        ChildReturnedScreen screen = ChildReturnedScreen.open().fillInEverything().type("returned.date", "30/11/2026");

        assertEquals(List.of("Maya is recorded as going missing after coming back. Check both times."),
                screen.tapSend().problems());
        assertTrue("the first of the two times", screen.hasFocus("missing.date"));
    }

    @Test
    public void aDateThatIsNotADateSaysHowToWriteIt() {
        ChildReturnedScreen screen = ChildReturnedScreen.open().fillInEverything().type("missing.date", "31/11/2026");

        assertEquals(List.of("Check the date they went missing: write it as day/month/year, like 04/12/2026.",
                "Say when Maya went missing."), screen.tapSend().problems());
        assertTrue(screen.hasFocus("missing.date"));
    }

    @Test
    public void aCompleteNoticeIsSealed() throws Exception {
        TestIntakeKey intake = TestIntakeKey.installed();
        ChildReturnedScreen screen = ChildReturnedScreen.open().fillInEverything().pause();
        UUID draft = pointers.of(KIND).orElseThrow();

        screen.tapSend();

        OutboxItem sealed = outbox.item(draft).orElseThrow();
        assertEquals(OutboxState.SEALED, sealed.state());
        String json = intake.open(sealed.payload(), draft);
        assertTrue(json, json.contains("\"kind\":\"child-returned\""));
        assertTrue(json, json.contains("\"policeReference\":\"WM-20261203-0457\""));
    }

    @Test
    public void renders() {
        ChildReturnedScreen screen = ChildReturnedScreen.open().fillInEverything();
        screen.scrollToTop().screenshot("child-returned");
        screen.type("reportedBy", "").tapSend().scrollToTop().screenshot("child-returned-problems");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        ChildReturnedScreen.open().fillInEverything().scrollToTop().screenshot("child-returned-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        ChildReturnedScreen.open().fillInEverything().scrollToTop().screenshot("child-returned-night");
    }
}
