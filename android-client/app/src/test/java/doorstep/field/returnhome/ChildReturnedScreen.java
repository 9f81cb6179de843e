package doorstep.field.returnhome;

import android.content.Intent;
import doorstep.field.testing.CaptureScreen;
import org.robolectric.RuntimeEnvironment;

/** The "child came back" notice as it is filled in, for the tests. */
final class ChildReturnedScreen extends CaptureScreen<ChildReturnedActivity, ChildReturnedScreen> {

    private ChildReturnedScreen() {
        super(ChildReturnedActivity.class, new Intent(RuntimeEnvironment.getApplication(), ChildReturnedActivity.class));
    }

    static ChildReturnedScreen open() {
        return new ChildReturnedScreen();
    }

    ChildReturnedScreen fillInEverything() {
        return type("child.given", "Maya").type("child.family", "Khan").type("child.dob", "09/09/2011")
                .type("child.school", "Park Academy")
                .type("missing.date", "01/12/2026").type("missing.time", "18:00")
                .type("returned.date", "03/12/2026").type("returned.time", "07:45")
                .type("found.address", "Pool Meadow bus station").type("found.town", "Coventry")
                .type("reportedBy", "PC Adams, West Midlands Police").type("policeReference", "WM-20261203-0457");
    }
}
