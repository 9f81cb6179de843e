package doorstep.field.visit;

import android.content.Intent;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.field.capture.CaptureForm;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.FormViews;
import doorstep.field.capture.Input;
import doorstep.field.capture.Option;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import doorstep.field.capture.VoiceSection;
import java.time.Clock;
import java.util.List;

/**
 * An early help visit: the adults with their roles, every child with who each other person is to
 * them and their voice, then the analysis in three parts, the next actions, and whether to escalate.
 */
public final class EarlyHelpVisitForm implements CaptureForm {

    static final List<Option> ROLES = Option.of("parent", "Parent", "step-parent", "Step-parent", "carer", "Carer",
            "partner-of-parent", "Partner of a parent", "grandparent", "Grandparent", "other-relative", "Other relative",
            "other-adult", "Other adult");
    static final List<Option> RELATIONSHIPS = Option.of("parent", "Parent", "step-parent", "Step-parent",
            "carer", "Carer", "partner-of-parent", "Partner of a parent", "sibling", "Brother or sister",
            "household-member", "Lives with them", "other-significant-adult", "Other important adult",
            "associate", "Associate", "poses-a-risk-to-them", "Poses a risk to them");

    @Override
    public String kind() {
        return EarlyHelpVisits.KIND;
    }

    @Override
    public String noun() {
        return "visit";
    }

    @Override
    public String title() {
        return "Early help visit";
    }

    @Override
    public void start(FormState state, Intent intent, Clock clock) {
        FormReader.startNow(state, "visited", clock);
        state.addItem("adult");
        state.addItem("child");
    }

    @Override
    public void build(FormViews form, FormState state) {
        form.heading("The visit");
        form.text("visited.date", "Date of the visit", FormViews.DATE_HELP, Input.DATE, "when the visit was");
        form.text("visited.time", "Time the visit began", FormViews.TIME_HELP, Input.TIME, "time of the visit");
        form.text("place.address", "Address", Input.ADDRESS, "address");
        form.text("place.town", "Town", Input.ADDRESS, "town");
        form.text("place.postcode", "Postcode", Input.POSTCODE, "postcode");

        form.heading("Adults in the family");
        for (int i = 0; i < state.count("adult", 0); i++) {
            String prefix = "adult." + i + ".";
            form.about("adult", i, "adult");
            form.subheading(People.called(state, "adult", i, "Adult"));
            People.nameFields(form, prefix);
            form.pick(prefix + "role", "Who they are in the family", ROLES, "in the family");
            form.text(prefix + "dob", "Date of birth (if known)", Input.DATE, "date of birth");
            form.yesNo(prefix + "livesThere", "Do they live there?");
            form.yesNo(prefix + "present", "Were they there during the visit?");
            form.removeAction("adult", i, "Remove this adult");
        }
        form.about(null);
        form.addAction("adult", "Add an adult");

        form.heading("Children");
        form.help("Every child who lives in the household.");
        for (int i = 0; i < state.count("child", 0); i++) {
            buildChild(form, state, i);
        }
        form.about(null);
        form.addAction("child", "Add a child");

        form.heading("Analysis");
        form.text("analysis.workingWell", "What is working well", Input.WORDS, "working well");
        form.text("analysis.worriedAbout", "What you are worried about", Input.WORDS, "worried about");
        form.text("analysis.needsToHappen", "What needs to happen", Input.WORDS, "needs to happen");

        form.heading("Next actions");
        for (int i = 0; i < state.count("action", 0); i++) {
            String prefix = "action." + i + ".";
            String which = "next action " + (i + 1);
            form.subheading("Next action " + (i + 1));
            form.text(prefix + "what", "What will be done", Input.WORDS, which + " is");
            form.text(prefix + "owner", "Who will do it", Input.LINE, "who will do " + which);
            form.text(prefix + "due", "By when (if agreed)", FormViews.DATE_HELP, Input.DATE, "due date of " + which);
            form.removeAction("action", i, "Remove this action");
        }
        form.addAction("action", "Add a next action");

        form.heading("Escalation");
        form.yesNo("escalation.escalate", "Are you escalating this visit to the MASH?", "whether you are escalating");
        form.text("escalation.reason", "Why you are escalating", Input.WORDS, "why you are escalating");
        form.yesNo("escalation.immediateRisk", "Is any child at immediate risk?", "immediate risk");
    }

    /** The child, who every other person is to them, and their voice. */
    private static void buildChild(FormViews form, FormState state, int i) {
        String prefix = "child." + i + ".";
        String name = People.called(state, "child", i, "child");
        form.about("child", i, "child");
        form.subheading(People.called(state, "child", i, "Child"));
        People.nameFields(form, prefix);
        form.text(prefix + "dob", "Date of birth (if known)", Input.DATE, "date of birth");
        form.text(prefix + "nhs", "NHS number (if you have it)", Input.NUMBER, "nhs number");
        form.text(prefix + "school", "School or nursery (if any)", Input.LINE, "school");
        form.subheading("Who is who to " + name);
        for (String group : List.of("adult", "child")) {
            for (int j = 0; j < state.count(group, 0); j++) {
                if (group.equals("child") && j == i) {
                    continue;
                }
                String other = People.called(state, group, j, group);
                form.pick(relationshipKey(state, group, j, i), other + " is " + name + "'s", RELATIONSHIPS,
                        "how " + other.toLowerCase(java.util.Locale.ROOT) + " is related");
            }
        }
        form.yesNo(prefix + "seenAlone", "Did you see " + name + " alone?", "you saw");
        VoiceSection.build(form, prefix, name);
        form.removeAction("child", i, "Remove this child");
    }

    /** Keyed by the two people's record ids, so removing someone else never moves the answer. */
    static String relationshipKey(FormState state, String group, int index, int child) {
        return "rel." + state.itemId(group, index) + "." + state.itemId("child", child);
    }

    @Override
    public Reading read(FormState state, Clock clock) {
        return new EarlyHelpVisitReader(state, clock).read();
    }
}
