package doorstep.field.incident;

import android.content.Intent;
import doorstep.field.testing.CaptureScreen;
import org.robolectric.RuntimeEnvironment;

/** The incident form as an officer fills it in, for the tests. */
public final class IncidentScreen extends CaptureScreen<IncidentActivity, IncidentScreen> {

    static final String CHILD_WORDS = "Mummy cried and I hid under the bed with Bunny";

    private IncidentScreen() {
        super(IncidentActivity.class, new Intent(RuntimeEnvironment.getApplication(), IncidentActivity.class));
    }

    public static IncidentScreen open() {
        return new IncidentScreen();
    }

    /** Everything a complete incident needs, one adult and one child (Oliver), with the answers given. */
    public IncidentScreen fillInEverything() {
        type("occurred.date", "04/12/2026").type("occurred.time", "02:14")
                .type("place.address", "12 Station Road").type("place.town", "Solihull").type("place.postcode", "B91 3AB")
                .type("narrative", "Neighbour called about shouting. Officers attended.")
                .type("adult.0.given", "Sam").type("adult.0.family", "Walker").choose("adult.0.role", "suspect")
                .type("adult.0.dob", "02/03/1990").type("adult.0.relationship", "Stepfather");
        fillInOliver();
        for (int n = 1; n <= 24; n++) {
            choose("dash.q" + n, n % 3 == 0 ? "not-known" : "no");
        }
        return choose("risk.high", "yes").type("risk.reason", "Recent strangulation; victim very frightened.");
    }

    IncidentScreen fillInOliver() {
        return type("child.0.given", "Oliver").type("child.0.family", "Walker").type("child.0.dob", "14/05/2019")
                .choose("child.0.presence", "present").type("child.0.school", "Oak Primary")
                .choose("child.0.voice.seen", "yes").choose("child.0.voice.spokenTo", "yes")
                .choose("child.0.voice.alone", "yes").type("child.0.voice.ownWords", CHILD_WORDS)
                .type("child.0.voice.demeanour", "Quiet, held his rabbit tight")
                .type("child.0.voice.wishes", "Wants to stay with Nan")
                .type("child.0.voice.safeWith", "Nan");
    }
}
