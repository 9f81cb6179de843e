package doorstep.people.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a mention to the best-scoring known person among its blocking-key candidates, scoring
 * the mention against all of each person's records at once, and bands the result.
 */
public final class Resolver {

    static final String TWO_PEOPLE_FIT = "fits two people known to be different (their dates of birth differ),"
            + " and gives no date of birth to tell them apart: a father and son of one name look like this";

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
        String bestPerson = null;
        MatchScore best = null;
        List<LocalDate> birthdaysOfConfidentFits = new ArrayList<>();
        for (CandidatePerson candidate : index.candidates(BlockingKeys.lookup(normalised))) {
            List<NormalisedPerson> known = candidate.knownRecords().stream().map(PersonRecord::normalised).toList();
            MatchScore score = matcher.compareWithPerson(normalised, known, frequencies);
            if (score.weight() >= thresholds.confident()) {
                LocalDate birthday = PersonMatcher.consensusDateOfBirth(known);
                if (birthday != null) {
                    birthdaysOfConfidentFits.add(birthday);
                }
            }
            if (best == null || score.weight() > best.weight()) {
                best = score;
                bestPerson = candidate.personId();
            }
        }
        if (best == null) {
            return Resolution.noCandidate();
        }
        if (normalised.dateOfBirth() == null && best.reviewReason() == null && DateOfBirthLevel.anyTwoApart(birthdaysOfConfidentFits)) {
            best = best.heldForReview(TWO_PEOPLE_FIT);
        }
        return new Resolution(thresholds.bandOf(best), bestPerson, best);
    }
}
