package doorstep.people.synthetic;

import doorstep.people.matching.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded population of West Midlands households with ground truth: single adults, couples and
 * families whose children include twins, siblings a year apart and sons named after their father.
 */
public final class SyntheticPopulation {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final NamePools names = NamePools.load();
    private final Random random;
    /** Draws addresses and NHS numbers apart from {@link #random}, so the people are those of earlier versions. */
    private final Random details;
    private final Set<String> nhsNumbers = new HashSet<>();
    private final Postcodes postcodes;
    private final List<Household> households = new ArrayList<>();
    private final List<SyntheticPerson> people = new ArrayList<>();

    private SyntheticPopulation(long seed, int size) {
        random = new Random(seed);
        details = new Random(seed * 31 + 7);
        postcodes = new Postcodes(random, Math.max(10, size / 8));
        while (people.size() < size) {
            addHousehold();
        }
    }

    public static SyntheticPopulation generate(long seed, int size) {
        return new SyntheticPopulation(seed, size);
    }

    public List<SyntheticPerson> people() {
        return List.copyOf(people);
    }

    /** Where the person's household lives now; streams of mentions move households as they go. */
    public String postcodeOf(SyntheticPerson person) {
        return households.get(person.household()).postcode;
    }

    /** The house number and street the person's household lives at now. */
    public String addressOf(SyntheticPerson person) {
        return households.get(person.household()).addressLine;
    }

    String addressAt(String postcode) {
        return postcodes.addressAt(postcode, details);
    }

    List<Household> households() {
        return households;
    }

    Postcodes postcodes() {
        return postcodes;
    }

    private void addHousehold() {
        String postcode = postcodes.draw(random);
        Household household = new Household(households.size(), postcode, postcodes.addressAt(postcode, details));
        households.add(household);
        NamePools.Origin origin = names.drawOrigin(random);
        double shape = random.nextDouble();
        String familyName = origin.family().draw(random);
        if (shape < 0.15) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            add(household, firstName(origin, sex), familyName, adultBirth(), sex);
            return;
        }
        NamePools.Origin partnerOrigin = random.nextDouble() < 0.85 ? origin : names.drawOrigin(random);
        String motherFamily = random.nextDouble() < 0.7 ? familyName : partnerOrigin.family().draw(random);
        LocalDate fatherBirth = adultBirth();
        LocalDate motherBirth = fatherBirth.plusDays(random.nextInt(3000) - 1000);
        SyntheticPerson father = add(household, firstName(origin, Sex.MALE), familyName, fatherBirth, Sex.MALE);
        add(household, firstName(partnerOrigin, Sex.FEMALE), motherFamily, motherBirth, Sex.FEMALE);
        if (shape >= 0.40) {
            addChildren(household, origin, father, familyName, motherFamily, motherBirth);
        }
    }

    private void addChildren(Household household, NamePools.Origin origin, SyntheticPerson father,
                             String familyName, String motherFamily, LocalDate motherBirth) {
        String childFamily = familyName;
        if (!motherFamily.equals(familyName) && random.nextDouble() < 0.3) {
            childFamily = familyName + "-" + motherFamily;
        }
        Set<String> usedNames = new HashSet<>();
        LocalDate birth = motherBirth.plusYears(19 + random.nextInt(12)).plusDays(random.nextInt(365));
        int children = 1 + random.nextInt(4);
        for (int i = 0; i < children && birth.isBefore(TODAY); i++) {
            boolean twins = random.nextDouble() < 0.06;
            for (int twin = 0; twin < (twins ? 2 : 1); twin++) {
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                String given = sex == Sex.MALE && usedNames.isEmpty() && random.nextDouble() < 0.15
                        ? father.givenName() : distinctFirstName(origin, sex, usedNames);
                usedNames.add(given);
                add(household, given, childFamily, birth, sex);
            }
            birth = birth.plusDays(300 + random.nextInt(1500));
        }
    }

    private String distinctFirstName(NamePools.Origin origin, Sex sex, Set<String> used) {
        String name = firstName(origin, sex);
        for (int attempt = 0; attempt < 20 && used.contains(name); attempt++) {
            name = firstName(origin, sex);
        }
        return name;
    }

    private String firstName(NamePools.Origin origin, Sex sex) {
        return sex == Sex.MALE ? origin.male().draw(random) : origin.female().draw(random);
    }

    private String newNhsNumber() {
        String number;
        do {
            number = Long.toString(4_000_000_000L + (long) (details.nextDouble() * 5_000_000_000L));
        } while (!nhsNumbers.add(number));
        return number;
    }

    private LocalDate adultBirth() {
        return LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 45));
    }

    private SyntheticPerson add(Household household, String given, String family, LocalDate birth, Sex sex) {
        SyntheticPerson person = new SyntheticPerson("t" + (people.size() + 1), household.id, given, family, birth, sex,
                newNhsNumber());
        household.members.add(person);
        people.add(person);
        return person;
    }
}
