package doorstep.people.synthetic;

import doorstep.people.matching.PersonRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Captures over time against a population: each capture names some members of one household,
 * some households far more often than others; households sometimes move. Half the mentions are
 * clean, the rest carry one or two {@link ErrorKind}s. Most mentions give the house number and
 * street (a capture records the incident address for the people who live there), a few an NHS
 * number; both are drawn from a second random stream, so names, dates and slips stay those of
 * streams generated before addresses and identifiers were added.
 */
public final class MentionStream {

    private static final double MOVE_PER_CAPTURE = 0.04;
    private static final double SEX_UNRECORDED = 0.1;
    private static final double ADDRESS_RECORDED = 0.6;
    private static final double ADDRESS_SLIP = 0.08;
    private static final double NHS_NUMBER_RECORDED = 0.15;
    private static final double NHS_NUMBER_SLIP = 0.02;
    private static final double NHS_NUMBER_OF_SOMEONE_ELSE = 0.005;

    private final SyntheticPopulation population;
    private final Random random;
    private final Random details;
    private final SpellingVariants variants = new SpellingVariants();

    private MentionStream(SyntheticPopulation population, long seed) {
        this.population = population;
        this.random = new Random(seed);
        this.details = new Random(seed * 31 + 7);
    }

    public static List<Mention> generate(SyntheticPopulation population, long seed, int count) {
        return new MentionStream(population, seed).mentions(count);
    }

    private List<Mention> mentions(int count) {
        List<Household> known = new ArrayList<>(population.households());
        Collections.shuffle(known, random);
        known = known.subList(0, known.size() / 2);
        List<Mention> mentions = new ArrayList<>(count);
        while (mentions.size() < count) {
            double skew = random.nextDouble();
            Household household = known.get((int) (known.size() * skew * skew));
            if (random.nextDouble() < MOVE_PER_CAPTURE) {
                household.postcode = population.postcodes().moveFrom(household.postcode, random);
                household.addressLine = population.addressAt(household.postcode);
            }
            for (SyntheticPerson member : household.members) {
                if (mentions.size() < count && (household.members.size() == 1 || random.nextDouble() < 0.6)) {
                    mentions.add(mention("m" + (mentions.size() + 1), member, household));
                }
            }
        }
        return mentions;
    }

    private Mention mention(String mentionId, SyntheticPerson person, Household household) {
        PersonRecord record = new PersonRecord(person.givenName(), person.familyName(), person.dateOfBirth(),
                random.nextDouble() < SEX_UNRECORDED ? null : person.sex(), household.postcode,
                details.nextDouble() < ADDRESS_RECORDED ? addressLine(household.addressLine) : null,
                details.nextDouble() < NHS_NUMBER_RECORDED ? Map.of("NHS", nhsNumber(person, household)) : Map.of());
        double roll = random.nextDouble();
        int errorCount = roll < 0.5 ? 0 : roll < 0.82 ? 1 : 2;
        List<ErrorKind> errors = new ArrayList<>();
        for (int attempt = 0; errors.size() < errorCount && attempt < 20; attempt++) {
            ErrorKind kind = ErrorKind.values()[random.nextInt(ErrorKind.values().length)];
            if (errors.contains(kind)) {
                continue;
            }
            Optional<PersonRecord> changed = kind.apply(record, random, variants);
            if (changed.isPresent()) {
                record = changed.get();
                errors.add(kind);
            }
        }
        return new Mention(mentionId, person.personId(), record, List.copyOf(errors));
    }

    private String addressLine(String address) {
        if (details.nextDouble() >= ADDRESS_SLIP) {
            return address;
        }
        int space = address.indexOf(' ');
        return switch (details.nextInt(3)) {
            case 0 -> address.substring(space + 1);
            case 1 -> (1 + details.nextInt(120)) + address.substring(space);
            default -> address.substring(0, space + 1) + ErrorKind.typingSlip(address.substring(space + 1), details);
        };
    }

    private String nhsNumber(SyntheticPerson person, Household household) {
        double roll = details.nextDouble();
        if (roll < NHS_NUMBER_OF_SOMEONE_ELSE) {
            return household.members.get(details.nextInt(household.members.size())).nhsNumber();
        }
        if (roll < NHS_NUMBER_OF_SOMEONE_ELSE + NHS_NUMBER_SLIP) {
            char[] digits = person.nhsNumber().toCharArray();
            int at = details.nextInt(digits.length - 1);
            if (details.nextBoolean()) {
                digits[at] = (char) ('0' + (digits[at] - '0' + 1 + details.nextInt(9)) % 10);
            } else {
                char swap = digits[at];
                digits[at] = digits[at + 1];
                digits[at + 1] = swap;
            }
            return new String(digits);
        }
        return person.nhsNumber();
    }
}
