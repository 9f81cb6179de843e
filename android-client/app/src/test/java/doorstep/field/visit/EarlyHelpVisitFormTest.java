package doorstep.field.visit;

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

/** The early help visit keeps every answer, for every person, and sends only what the check passes. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class EarlyHelpVisitFormTest {

    private static final String KIND = "early-help-visit";
    private final Outbox outbox = FieldApp.of(RuntimeEnvironment.getApplication()).outbox();
    private final OpenDrafts pointers = new OpenDrafts(RuntimeEnvironment.getApplication());


    @Test
    public void everyAnswerComesBackAfterARotationAndAfterTheAppIsKilled() {
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything();
        Map<String, String> typed = screen.allValues();
        assertEquals("1", typed.get(screen.relationship("adult", 0, 0)));

        screen.rotate();
        assertEquals(typed, screen.allValues());

        screen.killAndOpenAgain();
        assertTrue(screen.dialogTitle(), screen.dialogTitle().matches("Carry on with the visit you started at \\d\\d:\\d\\d\\?"));
        screen.answerDialog("Carry on");
        assertEquals(typed, screen.allValues());
    }

    @Test
    public void aChildNotSpokenToWithoutAReasonIsNamedAndTheReasonFieldShown() {
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything().type("child.1.voice.reason", "");

        assertEquals(List.of("Say why Jack was not spoken to."), screen.tapSend().problems());
        assertTrue(screen.hasFocus("child.1.voice.reason"));
    }

    @Test
    public void aTownWithATabInItIsNamedAndFocused() {
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything().type("place.town", "Soli\thull");

        assertEquals(List.of("Check the town: it must be on one line: no line breaks or tabs."), screen.tapSend().problems());
        assertTrue(screen.hasFocus("place.town"));
    }

    @Test
    public void removingAChildKeepsTheOthersAnswersAndWhoIsWhoToThem() {
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything();
        String tomToJack = screen.relationship("adult", 0, 1);

        screen.tap("child.0.remove");
        assertEquals("Remove Amelia and everything recorded about them?", screen.dialogTitle());
        screen.answerDialog("Keep");
        assertEquals("Amelia", screen.value("child.0.given"));
        screen.tap("child.0.remove").answerDialog("Remove");

        assertEquals("Jack", screen.value("child.0.given"));
        assertEquals("Asleep; too young to talk", screen.value("child.0.voice.reason"));
        assertEquals(tomToJack, screen.relationship("adult", 0, 0));
        assertEquals("1", screen.value(tomToJack));
    }

    @Test
    public void aCompleteVisitIsSealedWithItsPeopleAndTheirRelationships() throws Exception {
        TestIntakeKey intake = TestIntakeKey.installed();
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything().pause();
        UUID draft = pointers.of(KIND).orElseThrow();

        screen.tapSend();

        assertEquals(List.of(), screen.problems());
        OutboxItem sealed = outbox.item(draft).orElseThrow();
        assertEquals(OutboxState.SEALED, sealed.state());
        String json = intake.open(sealed.payload(), draft);
        assertTrue(json, json.contains("\"ownWords\":\"" + EarlyHelpVisitScreen.AMELIA_WORDS + "\""));
        assertTrue(json, json.contains("\"kind\":\"parent\""));
        assertTrue(json, json.contains("\"kind\":\"sibling\""));
        assertTrue(json, json.contains("\"formVersion\":\"2026.1\""));
        assertTrue(json, json.contains("\"town\":\"Solihull\""));
    }

    @Test
    public void rendersTheFormTheChildsVoiceAndTheProblems() {
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything();
        screen.scrollToTop().screenshot("early-help-visit");
        screen.scrollTo(screen.relationship("adult", 0, 0)).screenshot("early-help-visit-who-is-who");
        screen.scrollTo("child.0.voice.seen").screenshot("early-help-visit-child-voice");
        screen.type("child.1.voice.reason", "").type("analysis.worriedAbout", "").tapSend().scrollToTop()
                .screenshot("early-help-visit-problems");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        EarlyHelpVisitScreen screen = EarlyHelpVisitScreen.open().fillInEverything();
        screen.scrollTo("child.0.voice.seen").screenshot("early-help-visit-child-voice-large-font");
        screen.tapSend().scrollToTop().screenshot("early-help-visit-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        EarlyHelpVisitScreen.open().fillInEverything().scrollTo("child.0.voice.seen")
                .screenshot("early-help-visit-child-voice-night");
    }
}
