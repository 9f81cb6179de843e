package doorstep.field.capture;

import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.ScrollView;
import android.widget.TextView;
import doorstep.field.R;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * The check's problems at the top of the form, in its words, each a row that takes the worker to its
 * field; Send goes to the first at once, so fixing starts where the list does.
 */
final class ProblemList {

    private final LinearLayout panel;
    private final ScrollView scroll;

    ProblemList(LinearLayout panel, ScrollView scroll) {
        this.panel = panel;
        this.scroll = scroll;
    }

    /** Lists the problems in the order of the fields they are about, top to bottom; any not about one field last. */
    void show(List<Problem> found, Function<Problem, View> fields) {
        List<Problem> problems = new ArrayList<>(found);
        problems.sort(Comparator.comparingInt(problem -> {
            View field = fields.apply(problem);
            return field == null ? Integer.MAX_VALUE : ((ViewGroup) field.getParent()).indexOfChild(field);
        }));
        panel.removeAllViews();
        TextView title = new TextView(panel.getContext(), null, 0, R.style.Widget_Doorstep_Subsection);
        title.setText(R.string.capture_problems_title);
        title.setAccessibilityHeading(true);
        panel.addView(title);
        for (Problem problem : problems) {
            TextView row = new TextView(panel.getContext(), null, 0, R.style.Widget_Doorstep_ProblemLink);
            row.setText(problem.message());
            row.setTag("problem");
            View field = fields.apply(problem);
            row.setOnClickListener(tapped -> goTo(field));
            panel.addView(row);
        }
        panel.setVisibility(View.VISIBLE);
        goTo(problems.isEmpty() ? null : fields.apply(problems.get(0)));
    }

    void hide() {
        panel.setVisibility(View.GONE);
    }

    /** Scrolls the field to the top of the screen, with its label above it, and puts the focus in it. */
    private void goTo(@Nullable View field) {
        if (field == null) {
            scroll.scrollTo(0, 0);
            return;
        }
        field.requestFocus();
        scroll.post(() -> scroll.scrollTo(0, Math.max(0, topOf(field) - field.getHeight() * 2)));
    }

    private int topOf(View field) {
        int top = 0;
        for (View view = field; view != null && view != scroll; view = (View) view.getParent()) {
            top += view.getTop();
        }
        return top;
    }
}
