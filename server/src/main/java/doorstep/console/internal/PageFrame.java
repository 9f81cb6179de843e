package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * What every console page's frame needs.
 *
 * @param title     the page's own title, never holding a child's name or any personal data
 * @param nonce     this response's CSP nonce, for the one inline script
 * @param csrfToken the session's form token, null before sign-in (no sign-out link then)
 * @param manager   whether the signed-in user is a MASH manager (the manager view is in the navigation then)
 */
public record PageFrame(String title, String nonce, @Nullable String csrfToken, boolean manager) {

    public boolean signedIn() {
        return csrfToken != null;
    }
}
