package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves a mention to the best-scoring known person among its blocking-key candidates, scoring
 * the mention against all of each person's records at once, and bands the result. The people the
 * mention's own capture has already resolved to are never candidates: one capture recording two
 * people means two people, however alike they look.
 */
public final class Resolver {

    static final String TWO_PEOPLE_FIT = "fits two people known to be different (their dates of birth differ),"
            + " and gives no date of birth to tell them apart: a father and son of one name look like this";

    static final String TWO_APART_FIT = "fits two people recorded side by side in one capture about equally well:"
            + " twins look like this";

    /**
     * Confident fits within this many bits of the best are as good as tied. A person split by an
     * earlier miss (a first mention with only an initial, at an address nobody knew yet) leaves a
     * fragment that ties with the person on later mentions; the tie goes to whichever has more
     * records, so the fragment stops growing at the person's expense.
     */
    static final double TIED_BITS = 1.0;

    private final PersonMatcher matcher;
    private final TermFrequencies frequencies;
    private final MatchThresholds thresholds;

    public Resolver(PersonMatcher matcher, TermFrequencies frequencies, MatchThresholds thresholds) {
        this.matcher = matcher;
        this.frequencies = frequencies;
        this.thresholds = thresholds;
    }

    public Resolution resolve(PersonRecord mention, PersonIndex index) {
        return resolve(mention.normalised(), index);
    }

    public Resolution resolve(NormalisedPerson normalised, PersonIndex index) {
        return resolve(normalised, index, Set.of());
    }

    /** @param sameCapture the people the other mentions of this mention's capture were resolved to */
    public Resolution resolve(NormalisedPerson normalised, PersonIndex index, Set<String> sameCapture) {
        Fit best = null;
        List<Fit> confidentFits = new ArrayList<>();
        for (CandidatePerson candidate : index.candidates(BlockingKeys.lookup(normalised))) {
            if (sameCapture.contains(candidate.personId())) {
                continue;
            }
            List<NormalisedPerson> known = candidate.knownRecords().stream().map(PersonRecord::normalised).toList();
            MatchScore score = matcher.compareWithPerson(normalised, known, frequencies);
            boolean confident = score.weight() >= thresholds.confident();
            // Only confident fits are compared by date of birth below; the rest need not count votes.
            Fit fit = new Fit(candidate.personId(), score, known.size(),
                    confident ? PersonMatcher.consensusDateOfBirth(known) : null);
            if (confident) {
                confidentFits.add(fit);
            }
            if (best == null || fit.score().weight() > best.score().weight()) {
                best = fit;
            }
        }
        if (best == null) {
            return Resolution.noCandidate();
        }
        MatchScore score = best.score();
        if (normalised.dateOfBirth() == null && score.reviewReason() == null && DateOfBirthLevel.anyTwoApart(
                confidentFits.stream().map(Fit::dateOfBirth).filter(Objects::nonNull).toList())) {
            return new Resolution(Band.POSSIBLE, best.personId(), score.heldForReview(TWO_PEOPLE_FIT));
        }
        Fit chosen = best;
        if (score.reviewReason() == null) {
            for (Fit fit : confidentFits) {
                if (fit == best || fit.score().weight() < score.weight() - TIED_BITS) {
                    continue;
                }
                // The tie below favours the person with more records, taking the other for a fragment
                // of them; people known apart are no fragments, and which one is meant is a person's call.
                if (index.knownApart(best.personId(), fit.personId())) {
                    return new Resolution(Band.POSSIBLE, best.personId(), score.heldForReview(TWO_APART_FIT));
                }
                if (fit.outranks(chosen)) {
                    chosen = fit;
                }
            }
        }
        return new Resolution(thresholds.bandOf(chosen.score()), chosen.personId(), chosen.score());
    }

    private record Fit(String personId, MatchScore score, int records, @Nullable LocalDate dateOfBirth) {

        /** More records, then a higher weight, then the lower id: never the order candidates came in. */
        boolean outranks(Fit other) {
            if (records != other.records) {
                return records > other.records;
            }
            if (score.weight() != other.score.weight()) {
                return score.weight() > other.score.weight();
            }
            return personId.compareTo(other.personId) < 0;
        }
    }
}
