package doorstep.device.capture;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.ReturnedChild;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a "child returned" notice is missing before it is sealed, with the rules the server
 * applies. The notice starts the 72-hour clock for a return home interview, so its times matter.
 * The messages name the child: show them on screen, never log them.
 */
public final class ChildReturnedCheck {

    private final Clock clock;

    public ChildReturnedCheck(Clock clock) {
        this.clock = clock;
    }

    /** The problems to fix, in form order; empty when the notice is ready to send. */
    public List<String> problems(ChildReturned notice) {
        List<String> problems = new ArrayList<>();
        ReturnedChild child = notice.getChild() == null ? new ReturnedChild() : notice.getChild();
        String name = CaptureText.nameOf(child.getName(), "the child");
        PersonCheck people = new PersonCheck(clock, problems);
        people.name(child.getName(), name);
        people.nhsNumber(child.getNhsNumber(), name);
        people.dateOfBirth(child.getDateOfBirth(), name);
        new CaptureTime("Say when " + name + " went missing.", "The time " + name + " went missing")
                .check(notice.getMissingFrom(), clock, problems);
        new CaptureTime("Say when " + name + " came back or was found.", "The time " + name + " came back")
                .check(notice.getReturnedAt(), clock, problems);
        if (notice.getMissingFrom() != null && notice.getReturnedAt() != null
                && notice.getMissingFrom().isAfter(notice.getReturnedAt())) {
            problems.add(name + " is recorded as going missing after coming back. Check both times.");
        }
        if (notice.getWhereFound() == null) {
            problems.add("Say where " + name + " was found.");
        }
        if (CaptureCheck.isBlank(notice.getReportedBy())) {
            problems.add("Say who reported the return.");
        }
        CaptureText text = new CaptureText(problems);
        text.name(child.getName(), name + "'s ");
        text.single(child.getSchool(), name + "'s school");
        text.place(notice.getWhereFound(), "the ");
        text.single(notice.getReportedBy(), "who reported the return");
        text.single(notice.getPoliceReference(), "the police reference");
        return List.copyOf(problems);
    }
}
