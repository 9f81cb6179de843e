package doorstep.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do, as carried in the {@code roles} custom claim. */
public enum Role {
    PRACTITIONER("practitioner"),
    MASH_TRIAGER("mash-triager"),
    MASH_MANAGER("mash-manager"),
    ADMIN("admin"),
    /** Offers return home interviews: lists, reads and claims the service's tasks. */
    RETURN_HOME_INTERVIEWER("return-home-interviewer"),
    /** Oversees the return home service: lists and reads its tasks, the late ones among them. */
    RETURN_HOME_MANAGER("return-home-manager");

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
