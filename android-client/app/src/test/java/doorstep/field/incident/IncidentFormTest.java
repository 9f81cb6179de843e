package doorstep.field.incident;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import android.os.Bundle;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.capture.OpenDrafts;
import doorstep.field.testing.TestIntakeKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The incident form keeps every keystroke and sends only what the check passes. */
@RunWith(RobolectricTestRunner.class)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class IncidentFormTest {

    private final Outbox outbox = FieldApp.of(RuntimeEnvironment.getApplication()).outbox();
    private final OpenDrafts pointers = new OpenDrafts(RuntimeEnvironment.getApplication());


    @Test
    public void everyFieldComesBackAfterARotation() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything();
        Map<String, String> typed = screen.allValues();

        screen.rotate();

        assertEquals(typed, screen.allValues());
        assertEquals(IncidentScreen.CHILD_WORDS, typed.get("child.0.voice.ownWords"));
    }

    @Test
    public void everyFieldComesBackWhenTheAppIsKilledAndOpenedFromNothing() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything();
        Map<String, String> typed = screen.allValues();

        screen.killAndOpenAgain();
        assertTrue(screen.dialogTitle(), screen.dialogTitle().matches(
                "Carry on with the incident you started at \\d\\d:\\d\\d\\?"));
        screen.answerDialog("Carry on");

        assertEquals(typed, screen.allValues());
        assertTrue("a filled-in incident has more than 40 answers", typed.values().stream().filter(v -> !v.isEmpty()).count() > 40);
    }

    @Test
    public void onceAChildIsNamedTheVoiceSectionSpeaksOfThemByName() {
        IncidentScreen screen = IncidentScreen.open();
        assertTrue(screen.shows("Child 1's voice"));

        screen.type("child.0.given", "Oliver").type("child.0.family", "Walker").idle();

        assertTrue(screen.shows("Oliver's voice"));
        assertTrue(screen.shows("What Oliver said, in their own words"));
        assertTrue("the focus stays where the officer put it", screen.hasFocus("child.0.family"));
    }

    @Test
    public void pausingAloneSavesWhatWasJustTyped() throws Exception {
        IncidentScreen screen = IncidentScreen.open().type("child.0.voice.ownWords", IncidentScreen.CHILD_WORDS);
        assertTrue("nothing is saved before the half-second pause", pointers.of("domestic-abuse-incident").isEmpty());

        screen.pause();

        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();
        assertTrue(outbox.readDraft(draft).contains(IncidentScreen.CHILD_WORDS));
    }

    @Test
    public void aChangeIsSavedHalfASecondAfterTheLastKeystrokeWithoutThePauseOfTheScreen() throws Exception {
        IncidentScreen screen = IncidentScreen.open().type("narrative", "Shouting heard");
        screen.waitFor(Duration.ofMillis(400)).type("narrative", "Shouting heard next door");
        screen.waitFor(Duration.ofMillis(400));
        assertTrue("typing again restarts the wait", pointers.of("domestic-abuse-incident").isEmpty());

        screen.waitFor(Duration.ofMillis(100));

        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();
        assertTrue(outbox.readDraft(draft).contains("Shouting heard next door"));
        assertTrue(screen.status(), screen.status().startsWith("Saved on this phone at "));
    }

    @Test
    public void theDraftIsEncryptedAndTheSavedStateHoldsOnlyItsId() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything().pause();
        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();

        String stored = new String(outbox.item(draft).orElseThrow().payload(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("Bunny"));
        Bundle saved = screen.savedState();
        assertEquals(draft.toString(), saved.getString("draft"));
        assertFalse("the Bundle may be written to disk in clear", saved.toString().contains("Bunny"));
        saved.keySet().forEach(key -> assertFalse(key, String.valueOf(saved.get(key)).contains("Bunny")));
    }

    @Test
    public void theFormIsKeptOutOfScreenshotsAndTheRecentsPreview() {
        int flags = IncidentScreen.open().activity().getWindow().getAttributes().flags;

        assertTrue((flags & android.view.WindowManager.LayoutParams.FLAG_SECURE) != 0);
    }

    @Test
    public void aDraftAlreadySentIsNotOfferedAgain() throws Exception {
        TestIntakeKey.installed();
        IncidentScreen screen = IncidentScreen.open().fillInEverything().tapSend();

        screen.killAndOpenAgain();

        assertEquals("", screen.dialogTitle());
    }

    @Test
    public void discardingADraftAsksAgainAndThenDeletesIt() {
        IncidentScreen screen = IncidentScreen.open().fillInOliver().pause();
        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();
        screen.killAndOpenAgain().answerDialog("Discard");

        assertTrue(screen.dialogTitle(), screen.dialogTitle().startsWith("Discard the incident you started at "));
        screen.answerDialog("Keep it");
        assertTrue("keeping it offers the draft again", screen.dialogTitle().startsWith("Carry on with the incident"));
        screen.answerDialog("Discard").answerDialog("Discard it");

        assertTrue(outbox.item(draft).isEmpty());
        assertTrue(pointers.of("domestic-abuse-incident").isEmpty());
        assertEquals("", screen.value("child.0.given"));
    }

    @Test
    public void sendListsTheProblemsInPlainWordsAndGoesToTheFirst() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything().type("child.0.voice.ownWords", "");

        screen.tapSend();

        assertEquals(List.of("Write down what Oliver said, in their own words."), screen.problems());
        assertTrue(screen.hasFocus("child.0.voice.ownWords"));
        assertTrue(screen.isOnScreen("child.0.voice.ownWords"));
        assertEquals("1 thing to fix before sending. Tap it to go to it.", screen.status());
        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();
        assertEquals(OutboxState.DRAFT, outbox.item(draft).orElseThrow().state());
    }

    @Test
    public void theProblemsComeInTheOrderOfTheForm() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything()
                .type("narrative", "").choose("child.0.voice.seen", "no").type("child.0.voice.ownWords", "");

        List<String> problems = screen.tapSend().problems();

        assertEquals("Say what happened.", problems.get(0));
        assertTrue(problems.toString(), problems.contains("Oliver is recorded as spoken to but not seen. Check both answers."));
        assertTrue(screen.hasFocus("narrative"));
    }

    @Test
    public void anUnansweredRiskQuestionIsAProblemNotANo() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything();
        screen.view("dash.q7").performClick();
        ((android.widget.RadioGroup) screen.view("dash.q7")).clearCheck();

        assertEquals(List.of("Answer question 7 of the risk checklist. Choose Not known if you could not ask it."),
                screen.tapSend().problems());
    }

    @Test
    public void unansweredRiskQuestionsAreOneProblemThatGoesToTheFirstOfThem() {
        IncidentScreen screen = IncidentScreen.open().fillInOliver();

        List<String> problems = screen.tapSend().problems();

        assertTrue(problems.toString(), problems.contains("Answer every question of the risk checklist: 24 are not"
                + " answered yet. Choose Not known for any you could not ask."));
        assertTrue(problems.stream().noneMatch(problem -> problem.startsWith("Answer question")));
    }

    @Test
    public void aCompleteIncidentIsSealedForTheServerAndItsDraftClosed() throws Exception {
        TestIntakeKey intake = TestIntakeKey.installed();
        IncidentScreen screen = IncidentScreen.open().fillInEverything();
        screen.pause();
        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();

        screen.tapSend();

        OutboxItem sealed = outbox.item(draft).orElseThrow();
        assertEquals(OutboxState.SEALED, sealed.state());
        String json = intake.open(sealed.payload(), draft);
        assertTrue(json, json.contains("\"kind\":\"domestic-abuse-incident\""));
        assertTrue(json, json.contains("\"ownWords\":\"" + IncidentScreen.CHILD_WORDS + "\""));
        assertTrue(json, json.contains("\"questionId\":\"dash-q24\""));
        assertTrue(pointers.of("domestic-abuse-incident").isEmpty());
        assertTrue(screen.activity().isFinishing());
    }

    @Test
    public void sendingASealedIncidentAsksForAPersistedSendOnceThereIsANetwork() throws Exception {
        TestIntakeKey.installed();
        JobScheduler jobs = RuntimeEnvironment.getApplication().getSystemService(JobScheduler.class);

        IncidentScreen.open().fillInEverything().tapSend();

        JobInfo send = jobs.getAllPendingJobs().stream().filter(job -> !job.isPeriodic()).findFirst().orElseThrow();
        assertTrue(send.isPersisted());
        assertEquals(JobInfo.NETWORK_TYPE_ANY, send.getNetworkType());
    }

    @Test
    public void withoutEnrolmentSendKeepsTheDraftAndSaysSo() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything();

        screen.tapSend();

        assertEquals("This phone is not set up to send yet. Your work is kept here as a draft.", screen.status());
        UUID draft = pointers.of("domestic-abuse-incident").orElseThrow();
        assertEquals(OutboxState.DRAFT, outbox.item(draft).orElseThrow().state());
    }
}
