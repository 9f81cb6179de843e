package doorstep.people.matching;

import java.util.List;
import java.util.Set;

/**
 * The level of every comparison for one pair of records: what the weights are looked up by.
 * When the names only agree crosswise, the name levels are those of the swapped alignment.
 */
record ComparisonVector(
        GivenNameLevel givenName,
        FamilyNameLevel familyName,
        NameOrderLevel nameOrder,
        DateOfBirthLevel dateOfBirth,
        SexLevel sex,
        PostcodeLevel postcode,
        LookAlikeLevel lookAlike) {

    static ComparisonVector of(NormalisedPerson a, NormalisedPerson b) {
        GivenNameLevel given = GivenNameLevel.of(a.givenName(), b.givenName(), a.givenNameCode(), b.givenNameCode());
        FamilyNameLevel family = FamilyNameLevel.of(a.familyName(), b.familyName(), a.familyNameParts(),
                b.familyNameParts(), a.familyNameCodes(), b.familyNameCodes());
        NameOrderLevel order = NameOrderLevel.AS_RECORDED;
        if (!given.agrees() && !family.agrees()) {
            GivenNameLevel givenCrossed = GivenNameLevel.of(a.familyName(), b.givenName(),
                    NormalisedPerson.phonetic(a.familyName()), b.givenNameCode());
            FamilyNameLevel familyCrossed = FamilyNameLevel.of(a.givenName(), b.familyName(), Set.of(a.givenName()),
                    b.familyNameParts(), Set.of(a.givenNameCode()), b.familyNameCodes());
            if (plausibleSwap(givenCrossed, familyCrossed)) {
                given = givenCrossed;
                family = familyCrossed;
                order = NameOrderLevel.SWAPPED;
            }
        }
        DateOfBirthLevel dateOfBirth = DateOfBirthLevel.of(a.dateOfBirth(), b.dateOfBirth());
        PostcodeLevel postcode = PostcodeLevel.of(a, b);
        return new ComparisonVector(given, family, order, dateOfBirth, SexLevel.of(a.sex(), b.sex()), postcode,
                LookAlikeLevel.of(given, family, dateOfBirth, postcode));
    }

    /** Both names relate crosswise and at least one agrees outright: a swap, not two unrelated names. */
    private static boolean plausibleSwap(GivenNameLevel given, FamilyNameLevel family) {
        boolean bothRelate = given != GivenNameLevel.DIFFERENT && given != GivenNameLevel.MISSING
                && family != FamilyNameLevel.DIFFERENT && family != FamilyNameLevel.MISSING;
        return bothRelate && (given.agrees() || family.agrees());
    }

    List<ComparisonLevel> levels() {
        return List.of(givenName, familyName, nameOrder, dateOfBirth, sex, postcode, lookAlike);
    }
}
