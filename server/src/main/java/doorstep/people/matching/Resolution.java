package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

/**
 * The outcome for one mention: its band, the best candidate person (linked when confident, to be
 * reviewed when possible, the nearest miss otherwise) and that candidate's score; both null when no
 * candidate was found.
 */
public record Resolution(Band band, @Nullable String personId, @Nullable MatchScore best) {

    static Resolution noCandidate() {
        return new Resolution(Band.NO_MATCH, null, null);
    }
}
