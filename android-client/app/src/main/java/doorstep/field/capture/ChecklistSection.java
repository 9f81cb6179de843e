package doorstep.field.capture;

import doorstep.device.api.model.RiskAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * A risk checklist asked question by question, each answered Yes, No or Not known: a question left
 * unanswered is a problem on the phone, so a gap is never read as a "no".
 *
 * @param keyPrefix where the answers are kept, e.g. "dash."
 * @param idPrefix the server's question ids without their number, e.g. "dash-q"
 * @param name what the worker calls it, e.g. "the risk checklist"
 */
public record ChecklistSection(String keyPrefix, String idPrefix, int questions, String name) {

    public static final List<Option> ANSWERS = Option.of("yes", "Yes", "no", "No", "not-known", "Not known");

    public void build(FormViews form, String[] texts) {
        if (texts.length != questions) {
            throw new IllegalStateException(name + " has " + texts.length + " questions bundled; the form reads " + questions);
        }
        for (int n = 1; n <= questions; n++) {
            form.choice(keyPrefix + "q" + n, n + ". " + texts[n - 1], ANSWERS);
        }
    }

    /** The answers given; unanswered questions are one problem, on the first of them. */
    public List<RiskAnswer> read(FormReader reader) {
        List<RiskAnswer> answers = new ArrayList<>();
        List<Integer> unanswered = new ArrayList<>();
        for (int n = 1; n <= questions; n++) {
            RiskAnswer.AnswerEnum answer = reader.choice(keyPrefix + "q" + n, RiskAnswer.AnswerEnum::fromValue);
            if (answer == null) {
                unanswered.add(n);
            } else {
                answers.add(new RiskAnswer().questionId(idPrefix + n).answer(answer));
            }
        }
        if (unanswered.size() == 1) {
            reader.problem(keyPrefix + "q" + unanswered.get(0), "Answer question " + unanswered.get(0) + " of " + name
                    + ". Choose Not known if you could not ask it.");
        } else if (!unanswered.isEmpty()) {
            reader.problem(keyPrefix + "q" + unanswered.get(0), "Answer every question of " + name + ": "
                    + unanswered.size() + " are not answered yet. Choose Not known for any you could not ask.");
        }
        return answers;
    }
}
