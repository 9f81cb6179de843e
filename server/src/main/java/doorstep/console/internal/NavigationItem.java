package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * A link in the console's service navigation.
 *
 * @param current "page" on the page the link opens, "true" on a page within its section (a contact
 *                opened from the queue), null elsewhere: the value of the link's aria-current
 */
public record NavigationItem(String href, String text, @Nullable String current) {

    public boolean active() {
        return current != null;
    }
}
