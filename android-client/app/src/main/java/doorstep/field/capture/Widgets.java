package doorstep.field.capture;

import android.content.Context;
import android.view.Gravity;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.Spinner;
import android.widget.TextView;
import doorstep.field.R;

/** Makes the form's framework widgets in the app's styles, every one at least 48dp tall. */
final class Widgets {

    private final Context context;
    private final int touchTarget;
    private final int gap;

    Widgets(Context context) {
        this.context = context;
        this.touchTarget = context.getResources().getDimensionPixelSize(R.dimen.touch_target_min);
        this.gap = context.getResources().getDimensionPixelSize(R.dimen.label_gap);
    }

    TextView heading(String text, int style) {
        TextView heading = text(text, style);
        heading.setAccessibilityHeading(true);
        LinearLayout.LayoutParams params = wide();
        params.topMargin = context.getResources().getDimensionPixelSize(R.dimen.section_gap);
        heading.setLayoutParams(params);
        return heading;
    }

    TextView text(String text, int style) {
        TextView view = new TextView(context, null, 0, style);
        view.setText(text);
        view.setLayoutParams(wide());
        return view;
    }

    TextView helpUnderLabel(String help) {
        TextView view = text(help, R.style.Widget_Doorstep_Help);
        LinearLayout.LayoutParams params = wide();
        params.bottomMargin = gap;
        view.setLayoutParams(params);
        return view;
    }

    LinearLayout.LayoutParams labelParams() {
        LinearLayout.LayoutParams params = wide();
        params.topMargin = context.getResources().getDimensionPixelSize(R.dimen.field_gap);
        params.bottomMargin = gap;
        return params;
    }

    EditText field(Input input) {
        EditText field = new EditText(context, null, 0, R.style.Widget_Doorstep_Field);
        field.setId(View.generateViewId());
        field.setSaveEnabled(false);
        field.setInputType(input.type);
        field.setImportantForAutofill(View.IMPORTANT_FOR_AUTOFILL_NO);
        if (input.multiline()) {
            field.setMinLines(3);
            field.setGravity(Gravity.TOP | Gravity.START);
        }
        field.setLayoutParams(wide());
        return field;
    }

    RadioGroup radioGroup(boolean sideBySide) {
        RadioGroup group = new RadioGroup(context);
        group.setOrientation(sideBySide ? LinearLayout.HORIZONTAL : LinearLayout.VERTICAL);
        group.setBaselineAligned(false);
        group.setSaveEnabled(false);
        group.setLayoutParams(wide());
        return group;
    }

    RadioButton radio(String label, String description) {
        RadioButton button = new RadioButton(context);
        button.setId(View.generateViewId());
        button.setSaveEnabled(false);
        button.setText(label);
        button.setContentDescription(description);
        button.setTextAppearance(R.style.Widget_Doorstep_Body);
        button.setMinHeight(touchTarget);
        return button;
    }

    RadioGroup.LayoutParams radioParams(boolean sideBySide) {
        return sideBySide
                ? new RadioGroup.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f)
                : new RadioGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT);
    }

    Spinner spinner(ArrayAdapter<String> adapter) {
        Spinner spinner = new Spinner(context, Spinner.MODE_DIALOG);
        spinner.setId(View.generateViewId());
        spinner.setSaveEnabled(false);
        spinner.setAdapter(adapter);
        spinner.setMinimumHeight(touchTarget);
        spinner.setLayoutParams(wide());
        return spinner;
    }

    CheckBox checkBox(String label) {
        CheckBox box = new CheckBox(context);
        box.setId(View.generateViewId());
        box.setSaveEnabled(false);
        box.setText(label);
        box.setTextAppearance(R.style.Widget_Doorstep_Body);
        box.setMinHeight(touchTarget);
        box.setLayoutParams(wide());
        return box;
    }

    Button secondaryButton(String label) {
        Button button = new Button(context, null, 0, R.style.Widget_Doorstep_Button_Secondary);
        button.setText(label);
        LinearLayout.LayoutParams params = wide();
        params.topMargin = context.getResources().getDimensionPixelSize(R.dimen.field_gap);
        button.setLayoutParams(params);
        return button;
    }

    private static LinearLayout.LayoutParams wide() {
        return new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT);
    }
}
