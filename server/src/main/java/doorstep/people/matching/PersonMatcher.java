package doorstep.people.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Scores a pair of person records Fellegi-Sunter style: the sum of each comparison level's log2(m/u). */
public final class PersonMatcher {

    private final MatchParameters parameters;

    public PersonMatcher() {
        this(MatchParameters.builtIn());
    }

    PersonMatcher(MatchParameters parameters) {
        this.parameters = parameters;
    }

    public MatchScore compare(PersonRecord a, PersonRecord b, TermFrequencies frequencies) {
        return compare(a.normalised(), b.normalised(), frequencies);
    }

    public MatchScore compare(NormalisedPerson a, NormalisedPerson b, TermFrequencies frequencies) {
        return score(ComparisonVector.of(a, b), a, frequencies);
    }

    /** Scores a mention against all the records of one known person at once; see {@link ComparisonVector#ofPerson}. */
    public MatchScore compareWithPerson(NormalisedPerson mention, List<NormalisedPerson> knownRecords,
                                        TermFrequencies frequencies) {
        if (knownRecords.isEmpty()) {
            throw new IllegalArgumentException("A known person has at least one record");
        }
        List<ComparisonVector> vectors = new ArrayList<>(knownRecords.size());
        knownRecords.forEach(known -> vectors.add(ComparisonVector.of(mention, known)));
        return score(ComparisonVector.ofPerson(vectors), mention, frequencies);
    }

    private MatchScore score(ComparisonVector vector, NormalisedPerson a, TermFrequencies frequencies) {
        boolean household = vector.sameHousehold();
        List<Evidence> evidence = new ArrayList<>(6);
        double total = 0;
        for (ComparisonLevel level : vector.levels()) {
            if (level == NameOrderLevel.AS_RECORDED) {
                continue;
            }
            boolean withinHousehold = household && level.comparison().conditionalOnHousehold();
            double weight = withinHousehold ? parameters.weightWithinHousehold(level)
                    : weightOf(level, a, vector.nameOrder() == NameOrderLevel.SWAPPED, frequencies);
            total += weight;
            String description = withinHousehold && !level.neutral()
                    ? level.description() + " (judged within one household)" : level.description();
            evidence.add(new Evidence(level.comparison().label(), description, weight));
        }
        return new MatchScore(total, evidence);
    }

    private double weightOf(ComparisonLevel level, NormalisedPerson a, boolean swapped, TermFrequencies frequencies) {
        OptionalDouble share = OptionalDouble.empty();
        if (level == GivenNameLevel.EXACT) {
            share = frequencies.share(TermFrequencies.NamePart.GIVEN, swapped ? a.familyName() : a.givenName());
        } else if (level == FamilyNameLevel.EXACT) {
            share = frequencies.share(TermFrequencies.NamePart.FAMILY, swapped ? a.givenName() : a.familyName());
        }
        return share.isPresent() ? parameters.weightForExactValue(level, share.getAsDouble()) : parameters.weight(level);
    }
}
