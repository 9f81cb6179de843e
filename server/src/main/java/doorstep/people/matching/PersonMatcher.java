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
        ComparisonVector vector = ComparisonVector.of(a, b);
        List<Evidence> evidence = new ArrayList<>(7);
        double total = 0;
        for (ComparisonLevel level : vector.levels()) {
            if (level == NameOrderLevel.AS_RECORDED || level == LookAlikeLevel.NONE) {
                continue;
            }
            double weight = weightOf(level, a, vector.nameOrder() == NameOrderLevel.SWAPPED, frequencies);
            total += weight;
            evidence.add(new Evidence(level.comparison().label(), level.description(), weight));
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
