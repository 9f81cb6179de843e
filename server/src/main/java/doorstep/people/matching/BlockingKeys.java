package doorstep.people.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plaintext keys under which a record is filed and a mention looks for candidates, each prefixed
 * by its kind. The server stores a keyed PRF of each filed key and finds candidates by equality, so
 * a mention's lookup keys must meet at least one filed key of the person it is, whatever single
 * slip it carries, while no key brings back a crowd:
 * <ul>
 *   <li>{@code dob:} the date of birth, and the same date with day and month swapped;</li>
 *   <li>{@code pc:} the postcode, for a misspelt name or a wrong date at the same address;</li>
 *   <li>{@code id:} each exact identifier with its scheme, so a record whose names and dates were all
 *       written differently still meets the person its NHS number says it is;</li>
 *   <li>{@code hs:} the house number and street, for a postcode left out or mistyped;</li>
 *   <li>{@code nmy:} the double metaphone of the canonical given name (Tom files under Thomas) and of
 *       each family name part, in sorted order (so swapped names meet), with the year of birth; a
 *       mention looks up its year and the years either side, so a year off still meets;</li>
 *   <li>{@code nmd:} the same names with the postcode district instead of a year, filed always but
 *       looked up only by a mention with no date of birth. Names alone were the crowd: "Mohammed
 *       Khan" is hundreds of people in Birmingham, and at 100,000 people a dob-less mention brought
 *       back up to 2,100 candidates; within one district it is a handful.</li>
 * </ul>
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** The keys a record is filed under. */
    public static Set<String> of(PersonRecord record) {
        return of(record.normalised());
    }

    public static Set<String> of(NormalisedPerson person) {
        Set<String> keys = dateAndPlaceKeys(person);
        LocalDate dateOfBirth = person.dateOfBirth();
        String district = person.outwardCode();
        for (String names : nameCodes(person)) {
            if (district != null) {
                keys.add("nmd:" + names + "|" + district);
            }
            if (dateOfBirth != null) {
                keys.add("nmy:" + names + "|" + dateOfBirth.getYear());
            }
        }
        return keys;
    }

    /** The keys a mention looks its candidates up by. */
    public static Set<String> lookup(PersonRecord mention) {
        return lookup(mention.normalised());
    }

    public static Set<String> lookup(NormalisedPerson mention) {
        Set<String> keys = dateAndPlaceKeys(mention);
        LocalDate dateOfBirth = mention.dateOfBirth();
        for (String names : nameCodes(mention)) {
            if (dateOfBirth == null) {
                if (mention.outwardCode() != null) {
                    keys.add("nmd:" + names + "|" + mention.outwardCode());
                }
            } else {
                for (int year = dateOfBirth.getYear() - 1; year <= dateOfBirth.getYear() + 1; year++) {
                    keys.add("nmy:" + names + "|" + year);
                }
            }
        }
        return keys;
    }

    private static Set<String> dateAndPlaceKeys(NormalisedPerson person) {
        Set<String> keys = new TreeSet<>();
        LocalDate dateOfBirth = person.dateOfBirth();
        if (dateOfBirth != null) {
            keys.add("dob:" + dateOfBirth);
            swapped(dateOfBirth).ifPresent(swapped -> keys.add("dob:" + swapped));
        }
        if (person.postcode() != null) {
            keys.add("pc:" + person.postcode());
        }
        person.identifiers().forEach((scheme, value) -> keys.add("id:" + scheme + ":" + value));
        if (person.houseNumber() != null && person.street() != null) {
            keys.add("hs:" + person.houseNumber() + "|" + person.street());
        }
        return keys;
    }

    private static Set<String> nameCodes(NormalisedPerson person) {
        Set<String> codes = new TreeSet<>();
        if (person.givenName().length() > 1) {
            for (String given : NameVariants.builtIn().canonicalForms(person.givenName())) {
                String givenCode = NormalisedPerson.phonetic(given);
                person.familyNameCodes().forEach(familyCode -> codes.add(unordered(givenCode, familyCode)));
            }
        }
        return codes;
    }

    private static String unordered(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static Optional<LocalDate> swapped(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
