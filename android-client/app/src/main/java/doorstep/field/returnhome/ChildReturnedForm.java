package doorstep.field.returnhome;

import android.content.Intent;
import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.ReturnedChild;
import doorstep.device.capture.ChildReturnedCheck;
import doorstep.device.capture.ChildReturnedNotices;
import doorstep.field.capture.CaptureForm;
import doorstep.field.capture.FormReader;
import doorstep.field.capture.FormState;
import doorstep.field.capture.FormViews;
import doorstep.field.capture.Input;
import doorstep.field.capture.People;
import doorstep.field.capture.Reading;
import java.time.Clock;
import java.util.UUID;

/** A missing child came back: who, when they went and came back, where they were found, who reported it. */
public final class ChildReturnedForm implements CaptureForm {

    @Override
    public String kind() {
        return ChildReturnedNotices.KIND;
    }

    @Override
    public String noun() {
        return "return notice";
    }

    @Override
    public String title() {
        return "A missing child came back";
    }

    @Override
    public void start(FormState state, Intent intent, Clock clock) {
        state.put("child.id", UUID.randomUUID().toString());
        FormReader.startNow(state, "returned", clock);
    }

    @Override
    public void build(FormViews form, FormState state) {
        form.help("Sending this starts the 72-hour clock for the child's return home interview.");
        form.heading("The child");
        People.nameFields(form, "child.");
        form.text("child.dob", "Date of birth (if known)", FormViews.DATE_HELP, Input.DATE, "date of birth");
        form.text("child.nhs", "NHS number (if you have it)", Input.NUMBER, "nhs number");
        form.text("child.school", "School (if known)", Input.LINE, "school");

        form.heading("Missing and back");
        form.text("missing.date", "Date they went missing", FormViews.DATE_HELP, Input.DATE, "went missing|going missing");
        form.text("missing.time", "Time they went missing", FormViews.TIME_HELP, Input.TIME);
        form.text("returned.date", "Date they came back or were found", Input.DATE, "came back|coming back");
        form.text("returned.time", "Time they came back or were found", Input.TIME);

        form.heading("Where they were found");
        form.text("found.address", "Address", Input.ADDRESS, "was found|address");
        form.text("found.town", "Town", Input.ADDRESS, "town");
        form.text("found.postcode", "Postcode", Input.POSTCODE, "postcode");
        form.text("found.description", "Describe the place", Input.WORDS, "description");

        form.heading("Reported by");
        form.text("reportedBy", "Who reported the return", "A person and their role, or a service.", Input.LINE, "reported");
        form.text("policeReference", "Police reference (if any)", Input.LINE, "police reference");
    }

    @Override
    public Reading read(FormState state, Clock clock) {
        FormReader reader = new FormReader(state, clock.getZone());
        boolean found = state.has("found.address") || state.has("found.town") || state.has("found.postcode")
                || state.has("found.description");
        ChildReturned notice = new ChildReturned()
                .schemaVersion(ChildReturnedNotices.SCHEMA_VERSION)
                .child(new ReturnedChild().mentionId(UUID.fromString(state.get("child.id")))
                        .name(People.name(reader, "child.")).dateOfBirth(reader.date("child.dob", "the date of birth"))
                        .nhsNumber(reader.text("child.nhs")).school(reader.text("child.school")))
                .missingFrom(reader.moment("missing", "they went missing"))
                .returnedAt(reader.moment("returned", "they came back"))
                .whereFound(found ? new Place().addressLine(reader.text("found.address")).town(reader.text("found.town"))
                        .postcode(reader.text("found.postcode")).description(reader.text("found.description")) : null)
                .reportedBy(reader.text("reportedBy")).policeReference(reader.text("policeReference"));
        String json = ChildReturnedNotices.toJson(notice);
        return reader.reading(json, new ChildReturnedCheck(clock).problems(notice));
    }
}
