package doorstep.field.visit;

import android.content.Intent;
import doorstep.field.testing.CaptureScreen;
import org.robolectric.RuntimeEnvironment;

/** The early help visit form as a worker fills it in, for the tests. */
final class EarlyHelpVisitScreen extends CaptureScreen<EarlyHelpVisitActivity, EarlyHelpVisitScreen> {

    static final String AMELIA_WORDS = "I like it when Dad makes pancakes but not when he shouts";

    private EarlyHelpVisitScreen() {
        super(EarlyHelpVisitActivity.class, new Intent(RuntimeEnvironment.getApplication(), EarlyHelpVisitActivity.class));
    }

    static EarlyHelpVisitScreen open() {
        return new EarlyHelpVisitScreen();
    }

    /** A visit to Dad (Tom), Amelia (7) and her brother Jack, who was asleep. */
    EarlyHelpVisitScreen fillInEverything() {
        type("visited.date", "03/12/2026").type("visited.time", "16:30")
                .type("place.address", "4 Elm Close").type("place.town", "Solihull").type("place.postcode", "B92 7QT")
                .type("adult.0.given", "Tom").type("adult.0.family", "Reid").pick("adult.0.role", 1)
                .type("adult.0.dob", "11/08/1988").choose("adult.0.livesThere", "yes").choose("adult.0.present", "yes");
        tap("child.add");
        type("child.0.given", "Amelia").type("child.0.family", "Reid").type("child.0.dob", "01/02/2019")
                .type("child.0.school", "Elm Primary").choose("child.0.seenAlone", "yes")
                .choose("child.0.voice.seen", "yes").choose("child.0.voice.spokenTo", "yes").choose("child.0.voice.alone", "yes")
                .type("child.0.voice.ownWords", AMELIA_WORDS).type("child.0.voice.demeanour", "Chatty, showed her drawings")
                .type("child.0.voice.wishes", "Wants Dad to be less cross").type("child.0.voice.safeWith", "Dad and Nana");
        type("child.1.given", "Jack").type("child.1.family", "Reid").type("child.1.dob", "05/06/2024")
                .choose("child.1.seenAlone", "no").choose("child.1.voice.seen", "yes").choose("child.1.voice.spokenTo", "no")
                .type("child.1.voice.reason", "Asleep; too young to talk");
        idle();
        pick(relationship("adult", 0, 0), 1).pick(relationship("adult", 0, 1), 1)
                .pick(relationship("child", 1, 0), 5).pick(relationship("child", 0, 1), 5);
        type("analysis.workingWell", "Warm relationship; school attendance good")
                .type("analysis.worriedAbout", "Dad's temper when tired")
                .type("analysis.needsToHappen", "Parenting support");
        tap("action.add");
        return type("action.0.what", "Refer to parenting group").type("action.0.owner", "Early help worker")
                .type("action.0.due", "17/12/2026").choose("escalation.escalate", "no").choose("escalation.immediateRisk", "no");
    }

    /** The key of "who {group} {index} is to child {child}". */
    String relationship(String group, int index, int child) {
        return EarlyHelpVisitForm.relationshipKey(activityState(), group, index, child);
    }
}
