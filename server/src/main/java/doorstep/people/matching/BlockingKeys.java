package doorstep.people.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plaintext keys under which a record is filed, each prefixed by its kind. The server stores a
 * keyed PRF of each key and finds candidates by equality, so a mention must share at least one
 * exact key with the person it is, whatever single slip it carries:
 * <ul>
 *   <li>{@code dob:} the date of birth, and the same date with day and month swapped, so a swapped
 *       date meets the original under one key;</li>
 *   <li>{@code pc:} the postcode, for a misspelt name or a wrong date at the same address;</li>
 *   <li>{@code nm:} the double metaphone of the canonical given name (Tom files under Thomas) and of
 *       each family name part, in sorted order, so swapped names, double-barrelled names used in part,
 *       spelling variants, a wrong or missing date of birth and a move of address still meet.</li>
 * </ul>
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static Set<String> of(PersonRecord record) {
        return of(record.normalised());
    }

    public static Set<String> of(NormalisedPerson person) {
        Set<String> keys = new TreeSet<>();
        LocalDate dateOfBirth = person.dateOfBirth();
        if (dateOfBirth != null) {
            keys.add("dob:" + dateOfBirth);
            swapped(dateOfBirth).ifPresent(swapped -> keys.add("dob:" + swapped));
        }
        if (person.postcode() != null) {
            keys.add("pc:" + person.postcode());
        }
        if (person.givenName().length() > 1) {
            for (String given : NameVariants.builtIn().canonicalForms(person.givenName())) {
                String givenCode = NormalisedPerson.phonetic(given);
                person.familyNameCodes().forEach(familyCode -> keys.add("nm:" + unordered(givenCode, familyCode)));
            }
        }
        return keys;
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
