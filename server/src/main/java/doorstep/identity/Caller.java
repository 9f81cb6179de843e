package doorstep.identity;

import doorstep.problem.ProblemException;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user behind a request, from a verified ID token. */
public record Caller(String uid, String tenantId, String agency, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses with 403 unless the caller holds at least one of the roles. */
    public void requireAnyOf(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::has)) {
            throw ProblemException.forbidden("This needs the role "
                    + Arrays.stream(allowed).map(Role::claim).collect(Collectors.joining(" or "))
                    + "; ask your administrator if you should have it.");
        }
    }
}
