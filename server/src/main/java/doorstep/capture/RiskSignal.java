package doorstep.capture;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact a capture reports to the MASH, which rates the contact from its own rules. Each says in
 * plain English what was found, for the triager; never a name or a child's words.
 */
public enum RiskSignal {
    DASH_HIGH("dash-high", "High risk on the DASH checklist"),
    DASH_MEDIUM("dash-medium", "Medium risk on the DASH checklist"),
    DASH_STANDARD("dash-standard", "Standard risk on the DASH checklist"),
    JUDGEMENT_HIGH("judgement-high", "High risk on the officer's professional judgement"),
    CHILD_UNDER_ONE("child-under-one", "A child under one year old"),
    CHILD_UNDER_FIVE("child-under-five", "A child under five years old"),
    INJURY("injury", "A child was injured"),
    MISSING_EPISODE("missing-episode", "The child was missing from home or care"),
    EXPLOITATION_AT_THRESHOLD("exploitation-at-threshold",
            "Signs of exploitation at or above the threshold on the exploitation signs checklist"),
    EXPLOITATION_JUDGED_HIGH("exploitation-judged-high", "High risk of exploitation on the interviewer's judgement"),
    IMMEDIATE_RISK("immediate-risk", "Immediate risk named by the early help worker"),
    ESCALATION("escalation", "Escalated by early help: the worker asks the MASH to decide on the children");

    private final String rule;
    private final String text;

    RiskSignal(String rule, String text) {
        this.rule = rule;
        this.text = text;
    }

    /** The name a tenant's rules give this signal, e.g. {@code dash-high}. */
    public String rule() {
        return rule;
    }

    /** What was found, for the triager. */
    public String text() {
        return text;
    }

    /**
     * The age signal of the youngest child whose date of birth is known, on the day of the capture:
     * under one, or else under five. Empty when no child is that young or no date of birth is known.
     */
    public static Optional<RiskSignal> youngestChild(Collection<LocalDate> datesOfBirth, LocalDate on) {
        return datesOfBirth.stream().filter(Objects::nonNull).max(LocalDate::compareTo)
                .map(born -> Period.between(born, on).getYears())
                .flatMap(years -> years < 1 ? Optional.of(CHILD_UNDER_ONE)
                        : years < 5 ? Optional.of(CHILD_UNDER_FIVE) : Optional.empty());
    }
}
