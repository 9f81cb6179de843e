package doorstep.device.capture;

import doorstep.contract.TextRule;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.Place;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Holds each piece of text in a capture to the contract's rule for it ({@link TextRule}), as the
 * server will: a hidden character pasted into a name is caught here, while the worker can retype it,
 * not refused at sync after they have left. Which fields may keep line breaks is the contract's
 * {@code x-multiline}; each kind's check names its own fields.
 */
final class CaptureText {

    private final List<String> problems;

    CaptureText(List<String> problems) {
        this.problems = problems;
    }

    /** The name to show in a message: the given name, unless it is itself what needs retyping. */
    static String nameOf(@Nullable PersonName name, String otherwise) {
        if (name == null || name.getGivenName() == null || name.getGivenName().isBlank()
                || TextRule.SINGLE_LINE.problem(name.getGivenName()).isPresent()) {
            return otherwise;
        }
        return name.getGivenName().strip();
    }

    void name(@Nullable PersonName name, String whose) {
        if (name != null) {
            single(name.getGivenName(), whose + "first name");
            single(name.getFamilyName(), whose + "surname");
        }
    }

    void place(@Nullable Place place, String what) {
        if (place != null) {
            single(place.getAddressLine(), what + "address");
            single(place.getTown(), what + "town");
            single(place.getPostcode(), what + "postcode");
            multi(place.getDescription(), "the description of " + what + "place");
        }
    }

    /** @param child the child's name as {@link #nameOf} gives it */
    void voice(@Nullable ChildVoice voice, String child) {
        if (voice != null) {
            multi(voice.getNotSpokenToReason(), "why " + child + " was not seen or spoken to");
            multi(voice.getOwnWords(), child + "'s own words");
            multi(voice.getDemeanour(), "how " + child + " seemed");
            multi(voice.getWishesAndFeelings(), child + "'s wishes and feelings");
            single(voice.getFeelsSafeWith(), "who " + child + " feels safe with");
        }
    }

    void single(@Nullable String value, String label) {
        check(TextRule.SINGLE_LINE, value, label);
    }

    void multi(@Nullable String value, String label) {
        check(TextRule.MULTI_LINE, value, label);
    }

    private void check(TextRule rule, @Nullable String value, String label) {
        if (value != null) {
            rule.problem(value).ifPresent(problem -> problems.add("Check " + label + ": it " + problem + "."));
        }
    }
}
