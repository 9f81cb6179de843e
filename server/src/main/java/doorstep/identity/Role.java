package doorstep.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do, as carried in the {@code roles} custom claim. */
public enum Role {
    PRACTITIONER("practitioner"),
    MASH_TRIAGER("mash-triager"),
    MASH_MANAGER("mash-manager"),
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
