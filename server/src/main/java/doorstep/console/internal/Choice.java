package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * One radio or checkbox item. Which items are checked comes from the radios' {@code value} or the
 * checkboxes' {@code values}.
 *
 * @param hint a line under the item's label, or null
 */
public record Choice(String value, String text, @Nullable String hint) {

    public static Choice of(String value, String text) {
        return new Choice(value, text, null);
    }
}
