package doorstep.field.returnhome;

import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.capture.OpenDrafts;
import doorstep.field.testing.TestIntakeKey;
import java.time.Duration;
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

/** The return home interview shows its 72-hour clock, keeps every answer, and refers on signs of exploitation. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class ReturnHomeInterviewFormTest {

    private static final String KIND = "return-home-interview";
    private final Outbox outbox = FieldApp.of(RuntimeEnvironment.getApplication()).outbox();
    private final OpenDrafts pointers = new OpenDrafts(RuntimeEnvironment.getApplication());
    private final UUID task = UUID.randomUUID();

    private static Duration hoursAgo(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }


    @Test
    public void theClockSaysHowLongIsLeftAndHowLateItIs() {
        assertEquals("Due in 14 h", ReturnHomeInterviewScreen.forReturn(task, hoursAgo(57.5)).clock());
        assertEquals("3 h late", ReturnHomeInterviewScreen.forReturn(task, hoursAgo(75.5)).clock());
    }

    @Test
    public void everyAnswerComesBackAfterARotationAndAfterTheAppIsKilled() {
        ReturnHomeInterviewScreen screen = ReturnHomeInterviewScreen.forReturn(task, hoursAgo(19.5)).fillInEverything();
        Map<String, String> typed = screen.allValues();

        screen.rotate();
        assertEquals(typed, screen.allValues());

        screen.killAndOpenAgain();
        assertTrue(screen.dialogTitle(), screen.dialogTitle().startsWith("Carry on with the return home interview you started at "));
        screen.answerDialog("Carry on");
        assertEquals(typed, screen.allValues());
        assertEquals("Due in 52 h", screen.clock());
    }

    @Test
    public void signsOfExploitationWithoutAReferralAreRefusedOnThePhone() {
        ReturnHomeInterviewScreen screen = ReturnHomeInterviewScreen.forReturn(task, hoursAgo(19.5)).fillInEverything()
                .choose("referral.refer", "no");

        assertEquals(List.of("Signs of exploitation were recorded: refer to the MASH and say why."),
                screen.tapSend().problems());
        assertTrue(screen.isOnScreen("referral.refer"));
    }

    @Test
    public void aLateInterviewMustSayWhy() {
        ReturnHomeInterviewScreen screen = ReturnHomeInterviewScreen.forReturn(task, hoursAgo(75.5)).fillInEverything();

        assertEquals(List.of("The interview was more than 72 hours after Maya came back: say why it was late."),
                screen.tapSend().problems());
        assertTrue(screen.hasFocus("lateReason"));
    }

    @Test
    public void aCompleteInterviewIsSealedForItsTask() throws Exception {
        TestIntakeKey intake = TestIntakeKey.installed();
        ReturnHomeInterviewScreen screen = ReturnHomeInterviewScreen.forReturn(task, hoursAgo(19.5)).fillInEverything().pause();
        UUID draft = pointers.of(KIND).orElseThrow();

        screen.tapSend();

        OutboxItem sealed = outbox.item(draft).orElseThrow();
        assertEquals(OutboxState.SEALED, sealed.state());
        String json = intake.open(sealed.payload(), draft);
        assertTrue(json, json.contains("\"taskId\":\"" + task + "\""));
        assertTrue(json, json.contains("\"ownWords\":\"" + ReturnHomeInterviewScreen.MAYA_WORDS + "\""));
        assertTrue(json, json.contains("\"checklistId\":\"exploitation-signs\""));
        assertTrue(json, json.contains("\"pullFactors\":[\"older-associates\",\"money-or-gifts\"]"));
        assertTrue(json, json.contains("\"relationship\":\"person-posing-risk\""));
    }

    @Test
    public void rendersTheClockDueAndLateTheVoiceAndTheProblems() {
        ReturnHomeInterviewScreen.forReturn(task, hoursAgo(57.5)).screenshot("return-home-interview-due");
        ReturnHomeInterviewScreen late = ReturnHomeInterviewScreen.forReturn(UUID.randomUUID(), hoursAgo(75.5)).fillInEverything();
        late.scrollToTop().screenshot("return-home-interview-late");
        late.scrollTo("voice.seen").screenshot("return-home-interview-child-voice");
        late.scrollTo("cse.q1").screenshot("return-home-interview-exploitation");
        late.choose("referral.refer", "no").tapSend().scrollToTop().screenshot("return-home-interview-problems");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        ReturnHomeInterviewScreen screen = ReturnHomeInterviewScreen.forReturn(task, hoursAgo(75.5)).fillInEverything();
        screen.scrollToTop().screenshot("return-home-interview-late-large-font");
        screen.scrollTo("voice.seen").screenshot("return-home-interview-child-voice-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        ReturnHomeInterviewScreen.forReturn(task, hoursAgo(75.5)).screenshot("return-home-interview-late-night");
        ReturnHomeInterviewScreen.forReturn(UUID.randomUUID(), hoursAgo(57.5)).fillInEverything().scrollTo("voice.seen")
                .screenshot("return-home-interview-child-voice-night");
    }
}
