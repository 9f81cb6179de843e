package doorstep.console.internal;

import java.util.List;

/** One row of a GOV.UK summary list: what it is, and its value in words (a line break starts a new paragraph). */
public record SummaryRow(String key, String value) {

    public List<String> lines() {
        return value.lines().toList();
    }
}
