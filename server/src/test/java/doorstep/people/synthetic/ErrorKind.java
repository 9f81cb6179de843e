package doorstep.people.synthetic;

import doorstep.people.matching.PersonRecord;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** The slips and variations a mention can carry; each says whether it applies to a record. */
public enum ErrorKind {
    TYPING_SLIP,
    PHONETIC_VARIANT,
    NICKNAME_OR_TRANSLITERATION,
    DROPPED_DIACRITICS,
    HYPHENATED_SURNAME_IN_PART,
    NAMES_SWAPPED,
    DAY_MONTH_SWAPPED,
    YEAR_OFF_BY_ONE,
    DATE_OF_BIRTH_SLIP,
    DATE_OF_BIRTH_MISSING,
    INITIAL_ONLY,
    CASE_CHANGED;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String[][] SOUND_ALIKES = {
            {"ph", "f"}, {"ck", "k"}, {"c", "k"}, {"ee", "ea"}, {"y", "ie"}, {"ou", "u"}, {"mm", "m"},
            {"z", "s"}, {"th", "t"}, {"ll", "l"}, {"tt", "t"}, {"ss", "s"}, {"ei", "ai"}, {"oo", "u"},
            {"aa", "a"}, {"ia", "ya"}, {"w", "v"}, {"ie", "y"}, {"nn", "n"}, {"k", "c"}, {"i", "ee"}};

    Optional<PersonRecord> apply(PersonRecord r, Random random, SpellingVariants variants) {
        return switch (this) {
            case TYPING_SLIP -> random.nextBoolean()
                    ? Optional.of(withGiven(r, typingSlip(r.givenName(), random)))
                    : Optional.of(withFamily(r, typingSlip(r.familyName(), random)));
            case PHONETIC_VARIANT -> soundAlike(r.familyName(), random).map(f -> withFamily(r, f))
                    .or(() -> soundAlike(r.givenName(), random).map(g -> withGiven(r, g)));
            case NICKNAME_OR_TRANSLITERATION -> variants.variantOf(r.givenName(), random).map(g -> withGiven(r, g));
            case DROPPED_DIACRITICS -> {
                String given = stripDiacritics(r.givenName());
                String family = stripDiacritics(r.familyName());
                yield given.equals(r.givenName()) && family.equals(r.familyName()) ? Optional.empty()
                        : Optional.of(copy(r, given, family, r.dateOfBirth(), r.postcode()));
            }
            case HYPHENATED_SURNAME_IN_PART -> r.familyName().contains("-")
                    ? Optional.of(withFamily(r, r.familyName().split("-")[random.nextBoolean() ? 0 : 1]))
                    : Optional.empty();
            case NAMES_SWAPPED -> Optional.of(copy(r, r.familyName(), r.givenName(), r.dateOfBirth(), r.postcode()));
            case DAY_MONTH_SWAPPED -> dateOf(r).filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue())
                    .map(d -> withDate(r, LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue())));
            case YEAR_OFF_BY_ONE -> dateOf(r).map(d -> withDate(r, d.plusYears(random.nextBoolean() ? 1 : -1)));
            case DATE_OF_BIRTH_SLIP -> dateOf(r).flatMap(d -> dateSlip(d, random)).map(d -> withDate(r, d));
            case DATE_OF_BIRTH_MISSING -> dateOf(r).map(d -> withDate(r, null));
            case INITIAL_ONLY -> Optional.of(withGiven(r, r.givenName().substring(0, 1) + (random.nextBoolean() ? "." : "")));
            case CASE_CHANGED -> Optional.of(copy(r, r.givenName().toUpperCase(Locale.ROOT),
                    r.familyName().toUpperCase(Locale.ROOT), r.dateOfBirth(), r.postcode().toLowerCase(Locale.ROOT)));
        };
    }

    private static Optional<LocalDate> dateOf(PersonRecord r) {
        return Optional.ofNullable(r.dateOfBirth());
    }

    private static Optional<LocalDate> dateSlip(LocalDate date, Random random) {
        try {
            return Optional.of(switch (random.nextInt(3)) {
                case 0 -> date.withDayOfMonth(slipDigit(date.getDayOfMonth(), random));
                case 1 -> date.withMonth(slipDigit(date.getMonthValue(), random));
                default -> date.withYear(date.getYear() - date.getYear() % 10 + random.nextInt(10));
            }).filter(d -> !d.equals(date));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    private static int slipDigit(int value, Random random) {
        return value - value % 10 + random.nextInt(10);
    }

    static String typingSlip(String name, Random random) {
        if (name.length() < 3) {
            return name + LETTERS.charAt(random.nextInt(26));
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char letter = LETTERS.charAt(random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + letter + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + letter + name.substring(at);
            default -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
        };
    }

    private static Optional<String> soundAlike(String name, Random random) {
        String lower = name.toLowerCase(Locale.ROOT);
        int start = random.nextInt(SOUND_ALIKES.length);
        for (int i = 0; i < SOUND_ALIKES.length; i++) {
            String[] rule = SOUND_ALIKES[(start + i) % SOUND_ALIKES.length];
            int at = lower.indexOf(rule[0], 1);
            if (at > 0) {
                String changed = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
                return Optional.of(Character.toUpperCase(changed.charAt(0)) + changed.substring(1));
            }
        }
        return Optional.empty();
    }

    static String stripDiacritics(String text) {
        return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static PersonRecord withGiven(PersonRecord r, String given) {
        return copy(r, given, r.familyName(), r.dateOfBirth(), r.postcode());
    }

    private static PersonRecord withFamily(PersonRecord r, String family) {
        return copy(r, r.givenName(), family, r.dateOfBirth(), r.postcode());
    }

    private static PersonRecord withDate(PersonRecord r, LocalDate date) {
        return copy(r, r.givenName(), r.familyName(), date, r.postcode());
    }

    private static PersonRecord copy(PersonRecord r, String given, String family, LocalDate date, String postcode) {
        return new PersonRecord(given, family, date, r.sex(), postcode, r.addressLine(), r.identifiers());
    }
}
