package doorstep.capture.earlyhelp;

import java.util.Set;

/**
 * The versions of the early help visit form this server takes. A new version of the form is a
 * further entry here, kept while phones may still hold visits made with the old one.
 */
final class VisitForms {

    static final String CURRENT = "2026.1";
    private static final Set<String> KNOWN = Set.of(CURRENT);

    private VisitForms() {
    }

    static boolean knows(String formVersion) {
        return formVersion != null && KNOWN.contains(formVersion);
    }
}
