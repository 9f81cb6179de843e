package doorstep.people.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A mention carrying any single slip still shares a blocking key with the record it is. */
class BlockingKeysTest {

    private static final PersonRecord KNOWN = new PersonRecord("Thomas", "Smith-Okafor", LocalDate.of(2014, 3, 9),
            Sex.MALE, "B12 9QT");

    private static void meets(PersonRecord mention) {
        Set<String> filed = BlockingKeys.of(KNOWN);
        assertFalse(Collections.disjoint(filed, BlockingKeys.lookup(mention)), mention + " shares no key with " + KNOWN);
    }

    @Test
    void nicknameMovedAndYearOffStillMeets() {
        meets(new PersonRecord("Tom", "Smith-Okafor", LocalDate.of(2015, 3, 9), Sex.MALE, "CV1 1AA"));
    }

    @Test
    // Without a date of birth, names are looked up within the postcode district only: across the
    // region they bring back a crowd. A dob-less mention that moved district meets by identifier or not at all.
    void swappedNamesMovedWithinTheDistrictWithoutDateStillMeets() {
        meets(new PersonRecord("Okafor", "Thomas", null, Sex.MALE, "B12 1AA"));
    }

    @Test
    void dayAndMonthSwappedWithMisspeltNamesMovedStillMeets() {
        meets(new PersonRecord("Thimas", "Smoth", LocalDate.of(2014, 9, 3), Sex.MALE, "CV1 1AA"));
    }

    @Test
    void initialWithoutDateAtSameAddressStillMeets() {
        meets(new PersonRecord("T", "Okafor", null, null, "b129qt"));
    }

    @Test
    void sameIdentifierMeetsWhateverElseDiffers() {
        PersonRecord known = new PersonRecord("Thomas", "Walker", null, null, null, null, Map.of("NHS", "9434765919"));
        PersonRecord mention = new PersonRecord("Tyler", "Okafor", LocalDate.of(2001, 1, 1), null, "CV1 1AA", null,
                Map.of("NHS", "943 476 5919"));
        assertFalse(Collections.disjoint(BlockingKeys.of(known), BlockingKeys.lookup(mention)));
    }
}
