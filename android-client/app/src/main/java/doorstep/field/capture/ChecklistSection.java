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

    public List<RiskAnswer> read(FormReader reader) {
        List<RiskAnswer> answers = new ArrayList<>();
        for (int n = 1; n <= questions; n++) {
            RiskAnswer.AnswerEnum answer = reader.choice(keyPrefix + "q" + n, RiskAnswer.AnswerEnum::fromValue);
            if (answer == null) {
                reader.problem(keyPrefix + "q" + n,
                        "Answer question " + n + " of " + name + ". Choose Not known if you could not ask it.");
            } else {
                answers.add(new RiskAnswer().questionId(idPrefix + n).answer(answer));
            }
        }
        return answers;
    }
}
