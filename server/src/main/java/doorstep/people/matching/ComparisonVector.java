package doorstep.people.matching;

import java.util.List;
import java.util.Set;

/**
 * The level of every comparison for one pair of records: what the weights are looked up by.
 * When the names only agree crosswise, the name levels are those of the swapped alignment.
 *
 * @param mentionSwapped with the names swapped, whether it is the first record (the mention) whose
 *                       given name sits in its family name field, so its frequency is looked up there
 */
record ComparisonVector(
        GivenNameLevel givenName,
        FamilyNameLevel familyName,
        NameOrderLevel nameOrder,
        DateOfBirthLevel dateOfBirth,
        SexLevel sex,
        PostcodeLevel postcode,
        AddressLevel address,
        IdentifierLevel identifier,
        boolean mentionSwapped) {

    static ComparisonVector of(NormalisedPerson a, NormalisedPerson b) {
        GivenNameLevel given = GivenNameLevel.of(a.givenName(), b.givenName(), a.givenNameCode(), b.givenNameCode());
        FamilyNameLevel family = FamilyNameLevel.of(a.familyName(), b.familyName(), a.familyNameParts(),
                b.familyNameParts(), a.familyNameCodes(), b.familyNameCodes());
        NameOrderLevel order = NameOrderLevel.AS_RECORDED;
        boolean mentionSwapped = false;
        if (!given.agrees() && !family.agrees()) {
            // Either record may be the one written the other way round. Only the given name is
            // compared as a given name (an initial, a nickname), so both readings are tried.
            GivenNameLevel givenIfASwapped = GivenNameLevel.of(a.familyName(), b.givenName(),
                    NormalisedPerson.phonetic(a.familyName()), b.givenNameCode());
            FamilyNameLevel familyIfASwapped = FamilyNameLevel.of(a.givenName(), b.familyName(), Set.of(a.givenName()),
                    b.familyNameParts(), Set.of(a.givenNameCode()), b.familyNameCodes());
            GivenNameLevel givenIfBSwapped = GivenNameLevel.of(a.givenName(), b.familyName(), a.givenNameCode(),
                    NormalisedPerson.phonetic(b.familyName()));
            FamilyNameLevel familyIfBSwapped = FamilyNameLevel.of(a.familyName(), b.givenName(), a.familyNameParts(),
                    Set.of(b.givenName()), a.familyNameCodes(), Set.of(b.givenNameCode()));
            boolean aReading = plausibleSwap(givenIfASwapped, familyIfASwapped);
            boolean bReading = plausibleSwap(givenIfBSwapped, familyIfBSwapped);
            if (aReading && (!bReading || givenIfASwapped.ordinal() + familyIfASwapped.ordinal()
                    <= givenIfBSwapped.ordinal() + familyIfBSwapped.ordinal())) {
                given = givenIfASwapped;
                family = familyIfASwapped;
                order = NameOrderLevel.SWAPPED;
                mentionSwapped = true;
            } else if (bReading) {
                given = givenIfBSwapped;
                family = familyIfBSwapped;
                order = NameOrderLevel.SWAPPED;
            }
        }
        DateOfBirthLevel dateOfBirth = DateOfBirthLevel.of(a.dateOfBirth(), b.dateOfBirth());
        PostcodeLevel postcode = PostcodeLevel.of(a, b);
        return new ComparisonVector(given, family, order, dateOfBirth, SexLevel.of(a.sex(), b.sex()), postcode,
                AddressLevel.of(a, b), IdentifierLevel.of(a.identifiers(), b.identifiers()), mentionSwapped);
    }

    /**
     * One vector for a mention against everything known about a person: the names of the record
     * whose names agree best, and for date of birth, sex and postcode the best level among the
     * records that hold the value. A record without a date of birth cannot hide the dates the
     * person's other records do hold.
     */
    static ComparisonVector ofPerson(List<ComparisonVector> perRecord) {
        ComparisonVector names = perRecord.get(0);
        DateOfBirthLevel dateOfBirth = DateOfBirthLevel.MISSING;
        SexLevel sex = SexLevel.MISSING;
        PostcodeLevel postcode = PostcodeLevel.MISSING;
        AddressLevel address = AddressLevel.MISSING;
        IdentifierLevel identifier = IdentifierLevel.MISSING;
        boolean anotherNameOnRecord = false;
        for (ComparisonVector vector : perRecord) {
            if (nameRank(vector) < nameRank(names)) {
                names = vector;
            }
            anotherNameOnRecord |= vector.givenName == GivenNameLevel.DIFFERENT && vector.familyName.related();
            dateOfBirth = vector.dateOfBirth.ordinal() < dateOfBirth.ordinal() ? vector.dateOfBirth : dateOfBirth;
            sex = vector.sex.ordinal() < sex.ordinal() ? vector.sex : sex;
            postcode = vector.postcode.ordinal() < postcode.ordinal() ? vector.postcode : postcode;
            address = vector.address.ordinal() < address.ordinal() ? vector.address : address;
            identifier = vector.identifier.ordinal() < identifier.ordinal() ? vector.identifier : identifier;
        }
        // An initial fits any name that starts with it: it must not outvote a record of the same
        // family name that gives the person another given name (twins Andrei and Alexandru, once
        // written "A.").
        GivenNameLevel givenName = names.givenName == GivenNameLevel.INITIAL && anotherNameOnRecord
                ? GivenNameLevel.DIFFERENT : names.givenName;
        return new ComparisonVector(givenName, names.familyName, names.nameOrder, dateOfBirth, sex, postcode,
                address, identifier, names.mentionSwapped);
    }

    /**
     * This vector, taken of two records whose names were both exchanged, read against the mention
     * as it was written: where this vector's mention was as written, the written one was swapped.
     */
    ComparisonVector withMentionSwapped() {
        return new ComparisonVector(givenName, familyName, nameOrder, dateOfBirth, sex, postcode, address, identifier,
                !mentionSwapped);
    }

    /** This vector with the date of birth left out, as if one side had not recorded it. */
    ComparisonVector withoutDateOfBirth() {
        return new ComparisonVector(givenName, familyName, nameOrder, DateOfBirthLevel.MISSING, sex, postcode, address,
                identifier, mentionSwapped);
    }

    private static int nameRank(ComparisonVector vector) {
        return vector.givenName.ordinal() + vector.familyName.ordinal() + vector.nameOrder.ordinal();
    }

    /** Both names relate crosswise: a swap, not two unrelated names. */
    private static boolean plausibleSwap(GivenNameLevel given, FamilyNameLevel family) {
        return given != GivenNameLevel.DIFFERENT && given != GivenNameLevel.MISSING
                && family != FamilyNameLevel.DIFFERENT && family != FamilyNameLevel.MISSING;
    }

    /**
     * A family name alike in any way at the same postcode: parents, children, twins and siblings all
     * look like this. A misspelt family name counts too: weighed apart from the postcode, "Smeeth"
     * beside "Smith" at one postcode scored higher than "Smith" beside "Smith", and drew a son's
     * mentions into his father.
     */
    boolean sameHousehold() {
        return familyName.related() && postcode == PostcodeLevel.EXACT;
    }

    List<ComparisonLevel> levels() {
        if (sameHousehold()) {
            return List.of(givenName, HouseholdLevel.SAME_HOUSEHOLD, nameOrder, dateOfBirth, sex, address, identifier);
        }
        return List.of(givenName, familyName, nameOrder, dateOfBirth, sex, postcode, address, identifier);
    }
}
