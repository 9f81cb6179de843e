package doorstep.simulator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a run may capture ({@code --kinds}). A return home interview needs a return to answer, so
 * choosing it has police devices send "child returned" notices too.
 */
enum SimulatedKind {
    INCIDENT("incident"),
    EARLY_HELP_VISIT("early-help-visit"),
    RETURN_HOME_INTERVIEW("return-home-interview");

    private final String option;

    SimulatedKind(String option) {
        this.option = option;
    }

    /** A comma list as given to {@code --kinds}; the incident may also be called by its kind's name. */
    static Set<SimulatedKind> parse(String list) {
        Set<SimulatedKind> kinds = EnumSet.noneOf(SimulatedKind.class);
        for (String name : list.split(",", -1)) {
            kinds.add(one(name.strip().toLowerCase(Locale.ROOT)));
        }
        return kinds;
    }

    private static SimulatedKind one(String name) {
        if (name.equals("domestic-abuse-incident")) {
            return INCIDENT;
        }
        for (SimulatedKind kind : values()) {
            if (kind.option.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--kinds takes incident, early-help-visit and return-home-interview,"
                + " separated by commas" + (name.isEmpty() ? "" : "; not " + name));
    }
}
