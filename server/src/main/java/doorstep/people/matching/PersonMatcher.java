package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** Scores a pair of person records Fellegi-Sunter style: the sum of each comparison level's log2(m/u). */
public final class PersonMatcher {

    /** Under this age a person is a child, whom a sibling's identifier must not merge into the sibling. */
    static final int ADULT_AGE = 18;

    private final MatchParameters parameters;
    private final LocalDate today;

    public PersonMatcher() {
        this(MatchParameters.builtIn(), LocalDate.now(ZoneOffset.UTC));
    }

    PersonMatcher(MatchParameters parameters, LocalDate today) {
        this.parameters = parameters;
        this.today = today;
    }

    public MatchScore compare(PersonRecord a, PersonRecord b, TermFrequencies frequencies) {
        return compare(a.normalised(), b.normalised(), frequencies);
    }

    public MatchScore compare(NormalisedPerson a, NormalisedPerson b, TermFrequencies frequencies) {
        return score(ComparisonVector.of(a, b), a, List.of(b), frequencies);
    }

    /**
     * Scores a mention against all the records of one known person at once; see {@link ComparisonVector#ofPerson}.
     * The date of birth is compared only with the one most of the person's records give (when one
     * has a majority over every other): a record filed under the person by mistake (a son under his
     * father of the same name) must not let the son's later records match on the son's date of
     * birth, or one wrong link draws in the rest. When two dates of different people tie and the
     * mention's date is one of them (or a slip of one), neither counts: either may be the mistake,
     * and a mention matching one of them must not be drawn in. A date far from both still counts
     * against the person.
     */
    public MatchScore compareWithPerson(NormalisedPerson mention, List<NormalisedPerson> knownRecords,
                                        TermFrequencies frequencies) {
        if (knownRecords.isEmpty()) {
            throw new IllegalArgumentException("A known person has at least one record");
        }
        LocalDate consensus = consensusDateOfBirth(knownRecords);
        boolean undecided = consensus == null && mentionMatchesOneOfTiedDates(mention, knownRecords);
        List<ComparisonVector> vectors = new ArrayList<>(knownRecords.size());
        for (NormalisedPerson known : knownRecords) {
            ComparisonVector vector = alignedNames(mention, known, frequencies);
            boolean outvoted = consensus != null && known.dateOfBirth() != null && !consensus.equals(known.dateOfBirth());
            vectors.add(outvoted || undecided ? vector.withoutDateOfBirth() : vector);
        }
        return score(ComparisonVector.ofPerson(vectors), mention, knownRecords, frequencies);
    }

    /** Whether the records' dates belong to different people and the mention's date is one of them, or a slip of one. */
    private static boolean mentionMatchesOneOfTiedDates(NormalisedPerson mention, List<NormalisedPerson> knownRecords) {
        List<LocalDate> dates = knownRecords.stream().map(NormalisedPerson::dateOfBirth).filter(Objects::nonNull)
                .distinct().toList();
        return DateOfBirthLevel.anyTwoApart(dates)
                && dates.stream().anyMatch(date -> !DateOfBirthLevel.of(mention.dateOfBirth(), date).tellsPeopleApart());
    }

    /**
     * The comparison of two records, but when both were written with the family name first, of
     * both the right way round. Taken so when the family names disagree while the given names
     * agree in some way and one of the two given-name values is commoner among family names than
     * among given names (a value never seen as a given name counts as commoner): twins written so
     * would otherwise agree on their surname as if it were a rare given name, and differ in their
     * given names as if they had different surnames. Below the few people
     * {@link TermFrequencies} needs to say anything, it never applies. The pair's names are then
     * swapped relative to the mention as written, so their frequencies are looked up that way.
     */
    private static ComparisonVector alignedNames(NormalisedPerson mention, NormalisedPerson known,
                                                 TermFrequencies frequencies) {
        ComparisonVector vector = ComparisonVector.of(mention, known);
        if (vector.familyName() == FamilyNameLevel.DIFFERENT && vector.givenName() != GivenNameLevel.DIFFERENT
                && vector.givenName() != GivenNameLevel.MISSING && vector.givenName() != GivenNameLevel.INITIAL
                && (isFamilyNameRatherThanGiven(mention.givenName(), frequencies)
                || isFamilyNameRatherThanGiven(known.givenName(), frequencies))) {
            return ComparisonVector.of(mention.namesExchanged(), known.namesExchanged()).withMentionSwapped();
        }
        return vector;
    }

    private static boolean isFamilyNameRatherThanGiven(String name, TermFrequencies frequencies) {
        OptionalDouble asFamily = frequencies.share(TermFrequencies.NamePart.FAMILY, name);
        OptionalDouble asGiven = frequencies.share(TermFrequencies.NamePart.GIVEN, name);
        return asFamily.isPresent() && (asGiven.isEmpty() || asFamily.getAsDouble() > asGiven.getAsDouble());
    }

    private MatchScore score(ComparisonVector vector, NormalisedPerson a, List<NormalisedPerson> known,
                             TermFrequencies frequencies) {
        List<Evidence> evidence = new ArrayList<>(6);
        double total = 0;
        for (ComparisonLevel level : vector.levels()) {
            if (level == NameOrderLevel.AS_RECORDED) {
                continue;
            }
            Judged judged = Judged.of(level, vector);
            double weight = judged == Judged.AMONG_ALL
                    ? weightOf(level, a, vector.mentionSwapped(), frequencies)
                    : parameters.weight(level, judged);
            total += weight;
            evidence.add(new Evidence(level.comparison().label(), judged.describe(level), weight));
        }
        return new MatchScore(total, evidence, reviewReason(vector, a, known));
    }

    /**
     * The rule: a child with another given name and another date of birth is another child,
     * a sibling perhaps, even when an identifier or a shared household says otherwise; a reviewer decides.
     */
    @Nullable
    private String reviewReason(ComparisonVector vector, NormalisedPerson a, List<NormalisedPerson> known) {
        boolean anotherName = vector.givenName() == GivenNameLevel.DIFFERENT;
        boolean anotherBirthday = vector.dateOfBirth().tellsPeopleApart();
        if (anotherName && anotherBirthday && (isChild(a) || known.stream().anyMatch(this::isChild))) {
            return "another given name and another date of birth: a child's sibling looks like this";
        }
        return null;
    }

    /**
     * The date of birth more of a person's records give than any other, or null when none gives one
     * or two dates tie: a tie says nothing about which is right, and records come back from the
     * database in no particular order, so a tie must not depend on which was read first.
     */
    @Nullable
    static LocalDate consensusDateOfBirth(List<NormalisedPerson> records) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        records.stream().map(NormalisedPerson::dateOfBirth).filter(Objects::nonNull)
                .forEach(date -> votes.merge(date, 1, Integer::sum));
        LocalDate best = null;
        boolean tied = false;
        for (var vote : votes.entrySet()) {
            int lead = best == null ? 1 : Integer.compare(vote.getValue(), votes.get(best));
            if (lead > 0) {
                best = vote.getKey();
                tied = false;
            } else if (lead == 0) {
                tied = true;
            }
        }
        return tied ? null : best;
    }

    private boolean isChild(NormalisedPerson person) {
        return person.dateOfBirth() != null && person.dateOfBirth().plusYears(ADULT_AGE).isAfter(today);
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
