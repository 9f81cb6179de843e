package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * What every console page's frame needs.
 *
 * @param title     the page's own title, never holding a child's name or any personal data
 * @param nonce     this response's CSP nonce, for the one inline script
 * @param csrfToken the session's form token, null before sign-in (no navigation or sign-out then)
 * @param manager   whether the signed-in user is a MASH manager (the manager view is in the navigation then)
 * @param path      the address of the page (its path only), to mark where the user is in the navigation
 */
public record PageFrame(String title, String nonce, @Nullable String csrfToken, boolean manager, String path) {

    private static final String QUEUE = "/console/queue";
    private static final String REVIEWS = "/console/people/reviews";
    private static final String OVERSIGHT = "/console/oversight";

    public boolean signedIn() {
        return csrfToken != null;
    }

    /** The sections this user may open, the one they are in marked. */
    public List<NavigationItem> navigation() {
        List<NavigationItem> items = new ArrayList<>();
        items.add(item(QUEUE, "Queue", "/console/contacts/"));
        items.add(item(REVIEWS, "Possible matches", "/console/people/"));
        if (manager) {
            items.add(item(OVERSIGHT, "Manager view", OVERSIGHT + "/"));
        }
        return items;
    }

    private NavigationItem item(String href, String text, String sectionPrefix) {
        String current = path.equals(href) ? "page" : path.startsWith(sectionPrefix) ? "true" : null;
        return new NavigationItem(href, text, current);
    }
}
