package doorstep.field.capture;

import android.content.Context;
import android.view.View;
import android.widget.ArrayAdapter;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.Spinner;
import doorstep.field.R;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Makes the view for one answer, bound to its key in the {@link FormState}: it shows what the state
 * holds, and every change the worker makes is put there and reported at once, so it can be saved.
 * {@link FormViews} places these under their labels.
 */
final class BoundAnswers {

    private final Context context;
    private final FormState state;
    private final Runnable changed;
    private final Widgets widgets;

    BoundAnswers(Context context, FormState state, Runnable changed, Widgets widgets) {
        this.context = context;
        this.state = state;
        this.changed = changed;
        this.widgets = widgets;
    }

    EditText text(String key, Input input) {
        EditText field = widgets.field(input);
        field.setTag(key);
        field.setText(state.get(key));
        field.addTextChangedListener(Listeners.afterTextChanged(typed -> put(key, typed)));
        return field;
    }

    RadioGroup choice(String key, String label, List<Option> options) {
        boolean sideBySide = options.size() <= 2;
        RadioGroup group = widgets.radioGroup(sideBySide);
        group.setTag(key);
        for (Option option : options) {
            RadioButton button = widgets.radio(option.label(), option.label() + ": " + label);
            button.setTag(key + "=" + option.value());
            group.addView(button, widgets.radioParams(sideBySide));
            if (option.value().equals(state.get(key))) {
                group.check(button.getId());
            }
        }
        group.setOnCheckedChangeListener((unused, checkedId) -> {
            View checked = group.findViewById(checkedId);
            put(key, checked == null ? null : ((String) checked.getTag()).substring(key.length() + 1));
        });
        return group;
    }

    /** A drop-down that starts on "Choose", which stands for no answer yet. */
    Spinner pick(String key, String label, List<Option> options) {
        List<String> shown = new ArrayList<>();
        shown.add(context.getString(R.string.capture_choose));
        options.forEach(option -> shown.add(option.label()));
        Spinner spinner = widgets.spinner(new ArrayAdapter<>(context, android.R.layout.simple_spinner_dropdown_item, shown));
        spinner.setTag(key);
        spinner.setContentDescription(label);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(state.get(key))) {
                spinner.setSelection(i + 1, false);
            }
        }
        spinner.setOnItemSelectedListener(Listeners.onPicked(
                position -> put(key, position == 0 ? null : options.get(position - 1).value())));
        return spinner;
    }

    CheckBox tick(String key, String label) {
        CheckBox box = widgets.checkBox(label);
        box.setTag(key);
        box.setChecked(state.get(key).equals(FormViews.YES));
        box.setOnCheckedChangeListener((unused, ticked) -> put(key, ticked ? FormViews.YES : null));
        return box;
    }

    private void put(String key, @Nullable String value) {
        if (!state.get(key).equals(value == null ? "" : value)) {
            state.put(key, value);
            changed.run();
        }
    }
}
