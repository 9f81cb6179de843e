package doorstep.field.incident;

import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import doorstep.field.R;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import static org.junit.Assert.assertTrue;

/** The incident form as an officer sees it, drawn to target/screenshots, and held to 48dp and labels. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "w360dp-h640dp-xhdpi")
public class IncidentScreenshotsTest {

    @Test
    public void rendersTheFormTheVoiceSectionAndTheProblems() {
        IncidentScreen screen = IncidentScreen.open().fillInEverything().type("child.0.voice.ownWords", "");
        screen.scrollToTop().screenshot("incident");
        screen.scrollTo("child.0.voice.seen").screenshot("incident-child-voice");
        screen.scrollTo("dash.q1").screenshot("incident-dash");
        screen.tapSend().screenshot("incident-problem-in-place");
        screen.scrollToTop().screenshot("incident-problems");
    }

    @Test
    public void rendersWithTheSystemFontScaledUp() {
        RuntimeEnvironment.setFontScale(1.3f);
        IncidentScreen screen = IncidentScreen.open().fillInOliver();
        screen.scrollToTop().screenshot("incident-large-font");
        screen.scrollTo("child.0.voice.seen").screenshot("incident-child-voice-large-font");
        screen.tapSend().scrollToTop().screenshot("incident-problems-large-font");
    }

    @Test
    @Config(qualifiers = "+night")
    public void rendersInTheNightTheme() {
        IncidentScreen screen = IncidentScreen.open().fillInOliver();
        screen.scrollToTop().screenshot("incident-night");
        screen.scrollTo("child.0.voice.seen").screenshot("incident-child-voice-night");
        screen.tapSend().scrollToTop().screenshot("incident-problems-night");
    }

    @Test
    public void everyTouchTargetIsAtLeast48dpAndEveryFieldHasALabel() {
        IncidentScreen screen = IncidentScreen.open().idle();
        float density = RuntimeEnvironment.getApplication().getResources().getDisplayMetrics().density;
        LinearLayout form = screen.activity().findViewById(R.id.capture_form);
        for (View target : touchTargets(form, new java.util.ArrayList<>())) {
            assertTrue(target.getTag() + " is " + target.getHeight() / density + "dp", target.getHeight() >= 48 * density);
        }
        for (int i = 0; i < form.getChildCount(); i++) {
            if (form.getChildAt(i) instanceof EditText field) {
                assertTrue(field.getTag() + " has no label", hasLabel(form, field));
            }
        }
        assertTrue(screen.activity().findViewById(R.id.capture_send).getHeight() >= 48 * density);
    }

    private static java.util.List<View> touchTargets(ViewGroup group, java.util.List<View> found) {
        for (int i = 0; i < group.getChildCount(); i++) {
            View child = group.getChildAt(i);
            if (child.isClickable() || child instanceof EditText) {
                found.add(child);
            } else if (child instanceof ViewGroup inner) {
                touchTargets(inner, found);
            }
        }
        return found;
    }

    private static boolean hasLabel(ViewGroup form, EditText field) {
        for (int i = 0; i < form.getChildCount(); i++) {
            if (form.getChildAt(i) instanceof TextView label && !(label instanceof EditText)
                    && label.getLabelFor() == field.getId() && label.getText().length() > 0) {
                return true;
            }
        }
        return false;
    }
}
