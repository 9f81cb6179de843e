package doorstep.field.home;

import android.app.Activity;
import doorstep.device.capture.ChildReturnedNotices;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.capture.EarlyHelpVisits;
import doorstep.device.capture.ReturnHomeInterviews;
import doorstep.field.incident.IncidentActivity;
import doorstep.field.returnhome.ChildReturnedActivity;
import doorstep.field.returnhome.ReturnHomeInterviewActivity;
import doorstep.field.visit.EarlyHelpVisitActivity;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of capture this app makes: what the officer calls each, and the screen that records it. */
enum CaptureKind {
    INCIDENT(DomesticAbuseIncidents.KIND, "Domestic abuse incident", IncidentActivity.class, true),
    VISIT(EarlyHelpVisits.KIND, "Early help visit", EarlyHelpVisitActivity.class, true),
    RETURNED(ChildReturnedNotices.KIND, "Child returned home", ChildReturnedActivity.class, true),
    /** Started from its task only: the interview is timed and named from the child's return. */
    INTERVIEW(ReturnHomeInterviews.KIND, "Return home interview", ReturnHomeInterviewActivity.class, false);

    final String kind;
    final String label;
    final Class<? extends Activity> screen;
    final boolean startsFromHome;

    CaptureKind(String kind, String label, Class<? extends Activity> screen, boolean startsFromHome) {
        this.kind = kind;
        this.label = label;
        this.screen = screen;
        this.startsFromHome = startsFromHome;
    }

    static Optional<CaptureKind> of(String kind) {
        return Arrays.stream(values()).filter(each -> each.kind.equals(kind)).findFirst();
    }

    static String labelOf(String kind) {
        return of(kind).map(each -> each.label).orElse("Capture");
    }
}
