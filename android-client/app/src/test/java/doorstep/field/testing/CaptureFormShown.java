package doorstep.field.testing;

import android.app.AlertDialog;
import android.view.View;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.Spinner;
import android.widget.TextView;
import doorstep.field.R;
import doorstep.field.capture.CaptureActivity;
import java.util.ArrayList;
import java.util.List;
import org.robolectric.shadows.ShadowAlertDialog;

import static org.robolectric.Shadows.shadowOf;

/**
 * What a capture form shows, read as a test reads it: each field's value by key, the check's
 * problems, the status line, the dialog. {@link CaptureScreen} adds what the worker does.
 */
public abstract class CaptureFormShown<A extends CaptureActivity> {

    /** The Activity showing the form now (a new one after a rotation or a kill). */
    public abstract A activity();

    /** The dialog on screen, if any: its title. */
    public String dialogTitle() {
        AlertDialog dialog = (AlertDialog) ShadowAlertDialog.getLatestDialog();
        return dialog != null && dialog.isShowing() ? shadowOf(dialog).getTitle().toString() : "";
    }

    /** What a field shows: its text, its chosen option's value, or "yes" for a ticked box. */
    public String value(String key) {
        View view = view(key);
        if (view instanceof EditText text) {
            return text.getText().toString();
        }
        if (view instanceof CheckBox box) {
            return box.isChecked() ? "yes" : "";
        }
        if (view instanceof Spinner spinner) {
            return Integer.toString(spinner.getSelectedItemPosition());
        }
        RadioGroup group = (RadioGroup) view;
        RadioButton checked = group.findViewById(group.getCheckedRadioButtonId());
        return checked == null ? "" : ((String) checked.getTag()).substring(key.length() + 1);
    }

    /** Every field on the form by key, with what it shows (as {@link #value}). */
    public java.util.Map<String, String> allValues() {
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        LinearLayout form = activity().findViewById(R.id.capture_form);
        for (int i = 0; i < form.getChildCount(); i++) {
            View child = form.getChildAt(i);
            if (child.getTag() instanceof String key
                    && (child instanceof EditText || child instanceof RadioGroup || child instanceof CheckBox
                    || child instanceof Spinner)) {
                values.put(key, value(key));
            }
        }
        return values;
    }

    /** The check's problems as listed at the top of the form; empty when none are shown. */
    public List<String> problems() {
        LinearLayout panel = activity().findViewById(R.id.capture_problems);
        List<String> problems = new ArrayList<>();
        if (panel.getVisibility() == View.VISIBLE) {
            for (int i = 0; i < panel.getChildCount(); i++) {
                if ("problem".equals(panel.getChildAt(i).getTag())) {
                    problems.add(((TextView) panel.getChildAt(i)).getText().toString());
                }
            }
        }
        return problems;
    }

    /** Whether a line of the form (a heading, a label) reads exactly {@code text}. */
    public boolean shows(String text) {
        LinearLayout form = activity().findViewById(R.id.capture_form);
        for (int i = 0; i < form.getChildCount(); i++) {
            if (form.getChildAt(i) instanceof TextView line && !(line instanceof EditText)
                    && line.getText().toString().equals(text)) {
                return true;
            }
        }
        return false;
    }

    public String status() {
        return ((TextView) activity().findViewById(R.id.capture_status)).getText().toString();
    }

    public boolean hasFocus(String key) {
        return view(key).hasFocus();
    }

    public boolean isOnScreen(String key) {
        android.graphics.Rect visible = new android.graphics.Rect();
        return view(key).getGlobalVisibleRect(visible);
    }

    public View view(String key) {
        View view = activity().findViewById(R.id.capture_form).findViewWithTag(key);
        if (view == null) {
            throw new AssertionError("No field " + key + " on the form");
        }
        return view;
    }

    /** The form's answers as the activity holds them, for keys made from record ids. */
    public doorstep.field.capture.FormState activityState() {
        return activity().state();
    }
}
