package doorstep.field.capture;

import android.app.AlertDialog;
import android.content.Context;
import android.view.View;
import android.widget.Button;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.Spinner;
import android.widget.TextView;
import doorstep.field.R;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Lays out a form: headings, help, and each answer under its label, bound to its key in the
 * {@link FormState} by {@link BoundAnswers}; it also indexes the fields, so a check's message finds
 * its field. The views keep no state of their own (saveEnabled off): the draft is what restores
 * them, never a Bundle a killed process does not keep.
 */
public final class FormViews {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String DATE_HELP = "Day/month/year, like 04/12/2026.";
    public static final String TIME_HELP = "24-hour clock, like 02:14.";
    public static final List<Option> YES_NO = Option.of(YES, "Yes", NO, "No");

    private final Context context;
    private final LinearLayout container;
    private final FormState state;
    private final Runnable restructured;
    private final FieldIndex index = new FieldIndex();
    private final Widgets widgets;
    private final BoundAnswers answers;

    /** @param restructured called after a person is added or removed, to draw the form again */
    public FormViews(Context context, LinearLayout container, FormState state, Runnable changed, Runnable restructured) {
        this.context = context;
        this.container = container;
        this.state = state;
        this.restructured = restructured;
        this.widgets = new Widgets(context);
        this.answers = new BoundAnswers(context, state, changed, widgets);
    }

    /** Names the person the next fields are about, so the check's messages about them find them. */
    public FormViews about(@Nullable String who) {
        index.about(who == null ? null : () -> who);
        return this;
    }

    /** Names one of a group by the first name typed for them (or e.g. "child 2"), as it is when checked. */
    public FormViews about(String group, int index, String otherwise) {
        this.index.about(() -> People.called(state, group, index, otherwise));
        return this;
    }

    public FormState state() {
        return state;
    }

    /** The app's clock, for what a form shows against the time now (the 72-hour clock). */
    public java.time.Clock clock() {
        return doorstep.field.FieldApp.of(context).clock();
    }

    public void heading(String text) {
        container.addView(widgets.heading(text, R.style.Widget_Doorstep_Section));
    }

    public void subheading(String text) {
        container.addView(widgets.heading(text, R.style.Widget_Doorstep_Subsection));
    }

    /** A line that stands out, such as the 72-hour clock; {@code urgent} shows it in the error colour. */
    public TextView banner(String tag, String text, boolean urgent) {
        TextView banner = widgets.heading(text, R.style.Widget_Doorstep_Section);
        banner.setTag(tag);
        if (urgent) {
            banner.setTextColor(context.getColor(R.color.error));
        }
        container.addView(banner);
        return banner;
    }

    public void help(String text) {
        container.addView(widgets.text(text, R.style.Widget_Doorstep_Help));
    }

    /** @param finds words (lower case) that a check's message about this field contains */
    public EditText text(String key, String label, Input input, String... finds) {
        return text(key, label, null, input, finds);
    }

    /** @param help a line between the label and the field: an example, or how to answer */
    public EditText text(String key, String label, @Nullable String help, Input input, String... finds) {
        TextView labelView = label(label);
        if (help != null) {
            container.addView(widgets.helpUnderLabel(help));
        }
        EditText field = answers.text(key, input);
        labelView.setLabelFor(field.getId());
        if (key.endsWith(".given")) { // a person's name heads their fields: draw again once it is typed
            String typedAtBuild = state.get(key);
            field.setOnFocusChangeListener((unused, focused) -> {
                if (!focused && !state.get(key).equals(typedAtBuild)) {
                    container.post(restructured);
                }
            });
        }
        container.addView(field);
        index.add(key, field, finds);
        return field;
    }

    public RadioGroup yesNo(String key, String label, String... finds) {
        return choice(key, label, YES_NO, finds);
    }

    /** A few answers side by side, one tap each. */
    public RadioGroup choice(String key, String label, List<Option> options, String... finds) {
        label(label);
        RadioGroup group = answers.choice(key, label, options);
        container.addView(group);
        index.add(key, group, finds);
        return group;
    }

    /** One answer from a longer list, as a drop-down that starts on "Choose". */
    public Spinner pick(String key, String label, List<Option> options, String... finds) {
        TextView labelView = label(label);
        Spinner spinner = answers.pick(key, label, options);
        labelView.setLabelFor(spinner.getId());
        container.addView(spinner);
        index.add(key, spinner, finds);
        return spinner;
    }

    public CheckBox tick(String key, String label) {
        CheckBox box = answers.tick(key, label);
        container.addView(box);
        return box;
    }

    /** A secondary action inside the form, such as "Add a child". */
    public Button action(String tag, String label, Runnable tapped) {
        Button button = widgets.secondaryButton(label);
        button.setTag(tag);
        button.setOnClickListener(unused -> tapped.run());
        container.addView(button);
        return button;
    }

    /** "Add a child": one more of the group, with a record id of its own. */
    public Button addAction(String group, String label) {
        return action(group + ".add", label, () -> {
            state.addItem(group);
            restructured.run();
        });
    }

    /** Removing a person deletes what was recorded about them, so it asks first. */
    public Button removeAction(String group, int index, String label) {
        String who = People.called(state, group, index, group);
        return action(group + "." + index + ".remove", label, () -> new AlertDialog.Builder(context)
                .setTitle("Remove " + who + " and everything recorded about them?")
                .setPositiveButton("Keep", null)
                .setNegativeButton("Remove", (dialog, which) -> {
                    state.removeItem(group, index);
                    restructured.run();
                })
                .show());
    }

    public String[] strings(int arrayId) {
        return context.getResources().getStringArray(arrayId);
    }

    /** The field a check's message is about, if one can be told from its words. */
    @Nullable
    public View fieldFor(String message) {
        return index.find(message);
    }

    private TextView label(String text) {
        TextView label = widgets.text(text, R.style.Widget_Doorstep_Label);
        container.addView(label, widgets.labelParams());
        return label;
    }
}
