package doorstep.field.capture;

import java.util.List;

/**
 * A form read for sending: the kind's JSON, and what stops it being sent (empty when it may be).
 */
public record Reading(String json, List<Problem> problems) {

    public Reading {
        problems = List.copyOf(problems);
    }

    public boolean ready() {
        return problems.isEmpty();
    }
}
