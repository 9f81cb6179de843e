package doorstep.capture.incident;

import doorstep.api.model.PersonName;

import java.text.Normalizer;
import java.util.Locale;

/** The form a name takes before it is blind-indexed, so case, accents and spacing do not matter. */
final class PersonNames {

    static final String INDEX_DOMAIN = "person-name-v1";

    private PersonNames() {
    }

    static String normalised(PersonName name) {
        String joined = name.getGivenName().trim() + " " + name.getFamilyName().trim();
        String withoutAccents = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
