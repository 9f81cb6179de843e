package doorstep.field.incident;

import android.content.Intent;
import doorstep.device.capture.DomesticAbuseIncidents;
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
import java.util.List;

/**
 * A domestic abuse incident in the order an officer meets it: when and where, what happened, the
 * adults, every child with their voice, then the DASH checklist and the officer's own judgement.
 */
public final class IncidentForm implements CaptureForm {

    static final ChecklistSection DASH = new ChecklistSection("dash.", "dash-q", 24, "the risk checklist");
    static final List<Option> ROLES = Option.of("victim", "Victim", "suspect", "Suspect", "other", "Other");
    static final List<Option> PRESENCE = Option.of(
            "present", "There at the incident", "normally-resident-not-present", "Lives there, not there at the time");

    @Override
    public String kind() {
        return DomesticAbuseIncidents.KIND;
    }

    @Override
    public String noun() {
        return "incident";
    }

    @Override
    public String title() {
        return "Domestic abuse incident";
    }

    @Override
    public void start(FormState state, Intent intent, Clock clock) {
        FormReader.startNow(state, "occurred", clock);
        state.addItem("adult");
        state.addItem("child");
    }

    @Override
    public void build(FormViews form, FormState state) {
        form.heading("When and where");
        form.text("occurred.date", "Date it happened", FormViews.DATE_HELP, Input.DATE, "when it happened");
        form.text("occurred.time", "Time it happened", FormViews.TIME_HELP, Input.TIME, "time it happened");
        form.text("place.address", "Address", Input.ADDRESS, "address");
        form.text("place.town", "Town", Input.ADDRESS, "town");
        form.text("place.postcode", "Postcode", Input.POSTCODE, "postcode");
        form.text("narrative", "What happened", Input.WORDS, "what happened");

        form.heading("Adults");
        int adults = state.count("adult", 0);
        for (int i = 0; i < adults; i++) {
            String prefix = "adult." + i + ".";
            form.about("adult", i, "adult");
            form.subheading(People.called(state, "adult", i, "Adult"));
            People.nameFields(form, prefix);
            form.choice(prefix + "role", "Their part in the incident", ROLES);
            form.text(prefix + "dob", "Date of birth (if known)", Input.DATE, "date of birth");
            form.text(prefix + "relationship", "Who they are to the children", Input.LINE, "relationship to the children");
            form.removeAction("adult", i, "Remove this adult");
        }
        form.about(null);
        form.addAction("adult", "Add an adult");

        form.heading("Children");
        form.help("Every child who was there or who normally lives there.");
        int children = state.count("child", 0);
        for (int i = 0; i < children; i++) {
            String prefix = "child." + i + ".";
            String name = People.called(state, "child", i, "child");
            form.about("child", i, "child");
            form.subheading(People.called(state, "child", i, "Child"));
            People.nameFields(form, prefix);
            form.text(prefix + "dob", "Date of birth (if known)", Input.DATE, "date of birth");
            form.text(prefix + "nhs", "NHS number (if you have it)", Input.NUMBER, "nhs number");
            form.choice(prefix + "presence", "Was " + name + " there?", PRESENCE);
            form.text(prefix + "school", "School (if known)", Input.LINE, "school");
            VoiceSection.build(form, prefix, name);
            form.removeAction("child", i, "Remove this child");
        }
        form.about(null);
        form.addAction("child", "Add a child");

        form.heading("Risk checklist (DASH)");
        form.help("Ask the victim each question. Choose Not known if you could not ask it.");
        DASH.build(form, form.strings(R.array.dash_2009_questions));
        form.yesNo("risk.high", "Is the risk high in your professional judgement, whatever the answers?", "judge");
        form.text("risk.reason", "Why you judge the risk high", Input.WORDS, "why you judge");
    }

    @Override
    public Reading read(FormState state, Clock clock) {
        return new IncidentReader(state, clock).read();
    }
}
