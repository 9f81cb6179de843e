package doorstep.field.returnhome;

import android.content.Intent;
import doorstep.device.capture.ReturnHomeClock;
import doorstep.device.capture.ReturnHomeInterviews;
import doorstep.field.R;
import doorstep.field.capture.CaptureForm;
import doorstep.field.capture.ChecklistSection;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.FormViews;
import doorstep.field.capture.Input;
import doorstep.field.capture.Option;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import doorstep.field.capture.VoiceSection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A return home interview, under its 72-hour clock: where the child was and with whom, what pushed
 * and pulled them away, the exploitation signs checklist, the child's voice, and the referral.
 */
public final class ReturnHomeInterviewForm implements CaptureForm {

    static final ChecklistSection SIGNS = new ChecklistSection("cse.", "cse-q", 15, "the exploitation checklist");
    static final List<Option> WITH = Option.of("friend", "Friend", "associate", "Associate",
            "family-member", "Family member", "partner", "Boyfriend or girlfriend",
            "person-posing-risk", "Someone who poses a risk", "unknown-adult", "An adult not known to them");
    static final List<Option> PUSH = Option.of("conflict-at-home", "Conflict at home", "abuse-or-neglect",
            "Abuse or neglect", "placement-unhappy", "Unhappy where they live", "bereavement-or-loss", "Bereavement or loss",
            "bullying", "Bullying", "school-problems", "Problems at school", "mental-health", "Mental health",
            "boredom", "Boredom", "other", "Something else");
    static final List<Option> PULL = Option.of("friends", "Friends", "boyfriend-or-girlfriend", "Boyfriend or girlfriend",
            "older-associates", "Older associates", "money-or-gifts", "Money or gifts", "drugs-or-alcohol",
            "Drugs or alcohol", "family-elsewhere", "Family elsewhere", "excitement", "Excitement",
            "online-contact", "Someone online", "other", "Something else");

    @Override
    public String kind() {
        return ReturnHomeInterviews.KIND;
    }

    @Override
    public String noun() {
        return "return home interview";
    }

    @Override
    public String title() {
        return "Return home interview";
    }

    @Override
    public void start(FormState state, Intent intent, Clock clock) {
        state.put("task.id", intent.getStringExtra(ReturnHomeInterviewActivity.EXTRA_TASK));
        state.put("task.returnedAt", intent.getStringExtra(ReturnHomeInterviewActivity.EXTRA_RETURNED_AT));
        state.put("task.given", intent.getStringExtra(ReturnHomeInterviewActivity.EXTRA_GIVEN_NAME));
        state.put("task.family", intent.getStringExtra(ReturnHomeInterviewActivity.EXTRA_FAMILY_NAME));
        FormReader.startNow(state, "interviewed", clock);
    }

    @Override
    public void build(FormViews form, FormState state) {
        String child = childName(state);
        form.help("For " + child + " " + state.get("task.family") + ".");
        if (state.has("task.returnedAt")) {
            ReturnHomeClock returned = ReturnHomeClock.from(OffsetDateTime.parse(state.get("task.returnedAt")));
            Clock clock = form.clock();
            form.banner("clock", ClockLine.of(returned, clock), returned.isLate(clock));
            form.help(ClockLine.dueAt(returned, clock));
        }
        form.heading("The interview");
        form.text("interviewed.date", "Date of the interview", FormViews.DATE_HELP, Input.DATE, "time of the interview");
        form.text("interviewed.time", "Time of the interview", FormViews.TIME_HELP, Input.TIME, "interview took place|recorded before");
        form.text("offeredBy", "Who offered the interview", "Name and service.", Input.LINE, "who offered");
        form.text("lateReason", "If it is more than 72 hours after the return, why", Input.WORDS, "why it was late");

        form.about(child);
        form.heading("While missing");
        form.text("whereabouts", "Where " + child + " was", Input.WORDS, "was while missing|where");
        form.about(null);
        for (int i = 0; i < state.count("with", 0); i++) {
            String prefix = "with." + i + ".";
            form.about("with", i, "person");
            form.subheading("Who " + child + " was with: " + People.called(state, "with", i, "person"));
            People.nameFields(form, prefix);
            form.text(prefix + "age", "Roughly how old", Input.NUMBER, "age");
            form.pick(prefix + "relationship", "Who they are to " + child, WITH, "who");
            form.text(prefix + "description", "What they look like, where they can be found", Input.WORDS, "description");
            form.removeAction("with", i, "Remove this person");
        }
        form.about(null);
        form.addAction("with", "Add someone " + child + " was with");

        form.heading("What pushed " + child + " away");
        PUSH.forEach(option -> form.tick("push." + option.value(), option.label()));
        form.heading("What pulled " + child + " away");
        PULL.forEach(option -> form.tick("pull." + option.value(), option.label()));
        form.text("factorsNotes", "More about what pushed and pulled them", Input.WORDS, "pushed and pulled");

        form.heading("Signs of exploitation");
        SIGNS.build(form, form.strings(R.array.exploitation_2026_1_questions));
        form.yesNo("cse.high", "Is the risk of exploitation high in your judgement, whatever the answers?");
        form.text("cse.reason", "Why you judge the risk high", Input.WORDS, "why you judge");

        form.about(child);
        VoiceSection.build(form, "", child);
        form.about(null);

        form.heading("Referral");
        form.yesNo("referral.refer", "Are you referring " + child + " to the MASH?",
                "whether you are referring|refer to the mash and say why");
        form.text("referral.reason", "Why you are referring", Input.WORDS, "why you are referring");
    }

    static String childName(FormState state) {
        return state.has("task.given") ? state.get("task.given").strip() : "the child";
    }

    @Override
    public Reading read(FormState state, Clock clock) {
        return new ReturnHomeInterviewReader(state, clock).read();
    }
}
