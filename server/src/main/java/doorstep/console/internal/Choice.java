package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

/** One option of a radio, checkbox or select list: the value sent and the words shown, with an optional hint. */
public record Choice(String value, String words, @Nullable String hint) {

    public Choice(String value, String words) {
        this(value, words, null);
    }
}
