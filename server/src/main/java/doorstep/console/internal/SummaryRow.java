package doorstep.console.internal;

import gg.jte.Content;

import java.util.List;

/**
 * One row of a GOV.UK summary list. The value is template content so that a page can put paragraphs or a
 * tag in it; {@link #of} makes a row of plain text, escaped like any other text on the page.
 */
public record SummaryRow(String key, Content value, List<SummaryAction> actions) {

    public static SummaryRow of(String key, String text) {
        return new SummaryRow(key, output -> output.writeUserContent(text), List.of());
    }

    public static SummaryRow of(String key, String text, SummaryAction action) {
        return new SummaryRow(key, output -> output.writeUserContent(text), List.of(action));
    }
}
