package doorstep.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A local authority's MASH: every user, device and contact belongs to one. Its id is canonical:
 * lower-case ASCII letters, digits and hyphens, starting with a letter or digit, at most 63 long
 * (demo-la, test-la), so the id in a token and the id in the database compare byte for byte.
 */
@MappedEntity("tenant")
record Tenant(@Id String id, String name, Instant createdAt) {

    private static final Pattern CANONICAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    Tenant {
        if (!isCanonical(id)) {
            throw new IllegalArgumentException("A tenant id is lower-case letters, digits and hyphens, "
                    + "starting with a letter or digit, at most 63 long; got one that is not");
        }
    }

    static boolean isCanonical(String tenantId) {
        return CANONICAL_ID.matcher(tenantId).matches();
    }
}
