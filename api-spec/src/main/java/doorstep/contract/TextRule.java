package doorstep.contract;

import java.util.Optional;

/**
 * What characters a free-text field may hold, checked alike on the phone and on the server so that
 * text the phone accepts is never refused at sync. Control characters and invisible formatting
 * characters can hide or reorder what a triager reads (a right-to-left override turns "Amy" into
 * what looks like another name), so none is allowed; a narrative keeps its line breaks and tabs.
 * Zero-width joiners (U+200C, U+200D) stay allowed: Persian, Arabic and Indic names need them.
 * The reasons never quote the text, which may be a child's name or words.
 */
public enum TextRule {

    /** Names, places, postcodes, sources, labels: one line of visible text. */
    SINGLE_LINE,

    /** Narratives and a child's words: visible text, line breaks (\n or \r\n) and tabs. */
    MULTI_LINE;

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** Why the text is refused, in plain words; empty when it is acceptable. */
    public Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (this == MULTI_LINE && isLineBreakOrTab(text, i, c)) {
                i += Character.charCount(c);
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029) {
                return Optional.of(this == SINGLE_LINE
                        ? "must be on one line: no line breaks or tabs"
                        : "holds a line break of a kind other than a new line; retype it");
            }
            if (isHidden(c)) {
                return Optional.of("holds a hidden control or formatting character (it may have been pasted in);"
                        + " retype it");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static boolean isLineBreakOrTab(String text, int at, int c) {
        return c == '\n' || c == '\t' || (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n');
    }

    /** Controls, bidi overrides and isolates, other format characters, and unpaired surrogates. */
    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER);
    }
}
