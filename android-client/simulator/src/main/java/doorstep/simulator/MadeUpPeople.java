package doorstep.simulator;

import doorstep.contract.NhsNumber;
import doorstep.device.api.model.PersonName;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Made-up people with names as mixed as an English town's, and NHS numbers that pass the check digit. */
final class MadeUpPeople {

    static final List<String> GIVEN = List.of("Amelia", "Oliver", "Aisha", "Kacper", "Ionut", "Zara",
            "Ciaran", "Rhys", "Fatima", "Tobi", "Kwame", "Hodan", "Priya", "Ruby", "Harley", "Maja");
    static final List<String> FAMILY = List.of("Smith", "Khan", "O'Brien", "Jones", "Kowalski", "Popescu",
            "Begum", "Patel", "Okafor", "Mensah", "Ali", "Evans", "Hussain", "Murphy");

    private final Random random;

    MadeUpPeople(Random random) {
        this.random = random;
    }

    String family() {
        return pick(FAMILY);
    }

    PersonName name(String family) {
        return new PersonName().givenName(pick(GIVEN)).familyName(family);
    }

    PersonName name() {
        return name(family());
    }

    /** A child's date of birth: between {@code fromAge} and {@code toAge} years old today. */
    LocalDate bornAged(Clock clock, int fromAge, int toAge) {
        return LocalDate.now(clock).minusYears(fromAge).minusDays(random.nextInt((toAge - fromAge) * 365 + 1));
    }

    /** One of every three people has their NHS number to hand. */
    String nhsNumberOrNone() {
        return random.nextInt(3) == 0 ? nhsNumber(random) : null;
    }

    /** A made-up number that passes the NHS number's check, written as a child's red book shows it. */
    static String nhsNumber(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            for (int last = 0; last <= 9; last++) {
                String candidate = digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6) + last;
                if (NhsNumber.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
