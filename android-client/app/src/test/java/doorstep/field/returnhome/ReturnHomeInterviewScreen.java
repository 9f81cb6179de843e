package doorstep.field.returnhome;

import doorstep.field.testing.CaptureScreen;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.robolectric.RuntimeEnvironment;

/** The return home interview as an interviewer fills it in, opened from its task, for the tests. */
final class ReturnHomeInterviewScreen extends CaptureScreen<ReturnHomeInterviewActivity, ReturnHomeInterviewScreen> {

    static final String MAYA_WORDS = "They said I owed them for the trainers so I had to go";

    private ReturnHomeInterviewScreen(UUID task, OffsetDateTime returnedAt) {
        super(ReturnHomeInterviewActivity.class, ReturnHomeInterviewActivity.forTask(
                RuntimeEnvironment.getApplication(), task, returnedAt, "Maya", "Khan"));
    }

    /** The interview for Maya, who came back {@code ago} ago. */
    static ReturnHomeInterviewScreen forReturn(UUID task, Duration ago) {
        return new ReturnHomeInterviewScreen(task, OffsetDateTime.now().minus(ago).withNano(0));
    }

    String clock() {
        return ((android.widget.TextView) view("clock")).getText().toString();
    }

    /** A full interview that finds signs of criminal exploitation and refers Maya to the MASH. */
    ReturnHomeInterviewScreen fillInEverything() {
        type("offeredBy", "Priya Shah, Missing Children Service")
                .type("whereabouts", "A flat in Coventry, two nights")
                .tap("with.add").type("with.0.given", "Jay").type("with.0.family", "Unknown").type("with.0.age", "19")
                .pick("with.0.relationship", 5).type("with.0.description", "Drives a black car")
                .tick("push.conflict-at-home").tick("pull.older-associates").tick("pull.money-or-gifts")
                .type("factorsNotes", "Argument with mum before she left");
        for (int n = 1; n <= 15; n++) {
            choose("cse.q" + n, n <= 3 ? "yes" : "no");
        }
        return choose("cse.high", "yes").type("cse.reason", "Debt bondage over gifts")
                .choose("voice.seen", "yes").choose("voice.spokenTo", "yes").choose("voice.alone", "yes")
                .type("voice.ownWords", MAYA_WORDS).type("voice.demeanour", "Tired, guarded")
                .type("voice.wishes", "Wants to stay at home").type("voice.safeWith", "Her aunt")
                .choose("referral.refer", "yes").type("referral.reason", "Signs of criminal exploitation");
    }
}
