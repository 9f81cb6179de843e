package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A person record cleaned once for comparison: lower case, no diacritics or punctuation, family
 * name split at hyphens and spaces, postcode without spaces, phonetic codes computed.
 *
 * @param givenName        the first given name (a middle name rarely helps and often is missing)
 * @param familyName       all family name parts joined without spaces, so "Smith-Jones" and "Smith Jones" agree
 * @param familyNameParts  each part of a double-barrelled family name, and the whole
 * @param givenNameCode    double metaphone of the given name, empty when there is none
 * @param familyNameCodes  double metaphone of each family name part
 * @param postcode         upper case without spaces, or null
 * @param houseNumber      the first number of the address line ("12a"), or null
 * @param street           the address line's words without spaces ("tregear close" and "tregearc lose" agree), or null
 * @param identifiers      scheme (upper case) to value (upper case letters and digits only)
 */
public record NormalisedPerson(
        String givenName,
        String familyName,
        Set<String> familyNameParts,
        String givenNameCode,
        Set<String> familyNameCodes,
        @Nullable LocalDate dateOfBirth,
        @Nullable Sex sex,
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable String street,
        Map<String, String> identifiers) {

    private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();

    static NormalisedPerson of(PersonRecord record) {
        List<String> given = NameText.parts(NameText.clean(record.givenName()));
        List<String> family = NameText.parts(NameText.clean(record.familyName()));
        String givenName = given.isEmpty() ? "" : given.get(0);
        String familyName = String.join("", family);
        Set<String> familyParts = new LinkedHashSet<>(family);
        familyParts.add(familyName);
        familyParts.remove("");
        Set<String> familyCodes = new LinkedHashSet<>();
        familyParts.forEach(part -> familyCodes.add(phonetic(part)));
        String postcode = record.postcode() == null ? null : NameText.postcode(record.postcode());
        String houseNumber = null;
        StringBuilder street = new StringBuilder();
        if (record.addressLine() != null) {
            for (String token : record.addressLine().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                if (houseNumber == null && token.matches("\\d+[a-z]?")) {
                    houseNumber = token;
                } else if (!token.matches(".*\\d.*")) {
                    street.append(NameText.clean(token).replace(" ", ""));
                }
            }
        }
        return new NormalisedPerson(givenName, familyName, Set.copyOf(familyParts), phonetic(givenName),
                Set.copyOf(familyCodes), record.dateOfBirth(), record.sex(),
                postcode == null || postcode.isEmpty() ? null : postcode,
                houseNumber, street.length() == 0 ? null : street.toString(), identifiers(record.identifiers()));
    }

    private static Map<String, String> identifiers(Map<String, String> raw) {
        Map<String, String> cleaned = new TreeMap<>();
        raw.forEach((scheme, value) -> {
            String v = value == null ? "" : value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            if (!v.isEmpty()) {
                cleaned.put(scheme.strip().toUpperCase(Locale.ROOT), v);
            }
        });
        return Map.copyOf(cleaned);
    }

    static String phonetic(String cleaned) {
        if (cleaned.isEmpty()) {
            return "";
        }
        String code = PHONETIC.doubleMetaphone(cleaned);
        return code == null ? "" : code;
    }

    /** This record with its given and family names exchanged, as if it had been written the other way round. */
    NormalisedPerson namesExchanged() {
        return new NormalisedPerson(familyName, givenName, Set.of(givenName), phonetic(familyName), Set.of(givenNameCode),
                dateOfBirth, sex, postcode, houseNumber, street, identifiers);
    }

    boolean hasInitialOnly() {
        return givenName.length() == 1;
    }

    /** The outward code (B12 of B12 9QT): the inward part is always three characters. */
    @Nullable
    String outwardCode() {
        return postcode == null || postcode.length() <= 3 ? null : postcode.substring(0, postcode.length() - 3);
    }
}
