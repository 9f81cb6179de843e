package doorstep.capture;

import doorstep.api.model.ChildVoice;
import doorstep.problem.Violation;

import java.util.List;

/**
 * The child's voice is complete, whatever kind of capture records it: a child not seen, or seen but
 * not spoken to, needs the reason why not; a child spoken to needs their own words and whether they
 * were spoken to alone. Messages name the field and never repeat what was written.
 */
public final class ChildVoiceRule {

    private ChildVoiceRule() {
    }

    /**
     * @param at the path of the voice in the capture, e.g. {@code children[0].voice}
     */
    public static void check(ChildVoice voice, String at, List<Violation> violations) {
        String field = at + ".";
        if (!voice.getSeen() && blank(voice.getNotSpokenToReason())) {
            violations.add(new Violation(field + "notSpokenToReason", "say why the child was not seen"));
        } else if (voice.getSeen() && !voice.getSpokenTo() && blank(voice.getNotSpokenToReason())) {
            violations.add(new Violation(field + "notSpokenToReason", "say why the child was not spoken to"));
        }
        if (!voice.getSeen() && voice.getSpokenTo()) {
            violations.add(new Violation(field + "spokenTo", "a child not seen cannot have been spoken to"));
        }
        if (voice.getSpokenTo() && blank(voice.getOwnWords())) {
            violations.add(new Violation(field + "ownWords", "write what the child said, in their own words"));
        }
        if (voice.getSpokenTo() && voice.getSpokenToAlone() == null) {
            violations.add(new Violation(field + "spokenToAlone", "say whether the child was spoken to alone"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
