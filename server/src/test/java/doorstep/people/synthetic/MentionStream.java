package doorstep.people.synthetic;

import doorstep.people.matching.PersonRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Captures over time against a population: each capture names some members of one household,
 * some households far more often than others; households sometimes move. Half the mentions are
 * clean, the rest carry one or two {@link ErrorKind}s.
 */
public final class MentionStream {

    private static final double MOVE_PER_CAPTURE = 0.04;
    private static final double SEX_UNRECORDED = 0.1;

    private final SyntheticPopulation population;
    private final Random random;
    private final SpellingVariants variants = new SpellingVariants();

    private MentionStream(SyntheticPopulation population, long seed) {
        this.population = population;
        this.random = new Random(seed);
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
            }
            for (SyntheticPerson member : household.members) {
                if (mentions.size() < count && (household.members.size() == 1 || random.nextDouble() < 0.6)) {
                    mentions.add(mention("m" + (mentions.size() + 1), member, household.postcode));
                }
            }
        }
        return mentions;
    }

    private Mention mention(String mentionId, SyntheticPerson person, String postcode) {
        PersonRecord record = new PersonRecord(person.givenName(), person.familyName(), person.dateOfBirth(),
                random.nextDouble() < SEX_UNRECORDED ? null : person.sex(), postcode);
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
}
