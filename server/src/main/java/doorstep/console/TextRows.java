package doorstep.console;

import doorstep.console.internal.SummaryRow;

import java.util.List;

/** Summary list rows of text the page did not write: escaped, and each line of it a paragraph of its own. */
final class TextRows {

    private TextRows() {
    }

    static SummaryRow row(String key, String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() <= 1) {
            return SummaryRow.of(key, text);
        }
        return new SummaryRow(key, output -> lines.forEach(line -> {
            output.writeContent("<p class=\"govuk-body\">");
            output.writeUserContent(line);
            output.writeContent("</p>");
        }), List.of());
    }
}
