package doorstep.people.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text cleaning shared by names and postcodes, so that case, accents and punctuation never decide a match. */
final class NameText {

    private NameText() {
    }

    /** Lower case, no diacritics, letters and single spaces only; hyphens and apostrophes become spaces or vanish. */
    static String clean(String raw) {
        String text = raw.strip().toLowerCase(Locale.ROOT);
        if (!isPlainAscii(text)) {
            text = Normalizer.normalize(foldLettersWithoutDecomposition(text), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if ((c == '-' || c == ' ' || c == '.' || c == ',') && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            // Apostrophes vanish (O'Brien -> obrien), as do digits and other symbols.
        }
        return out.toString().strip();
    }

    static List<String> parts(String cleaned) {
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    static String postcode(String raw) {
        return raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    // Letters such as the Polish ł and the German ß have no combining-mark decomposition.
    private static String foldLettersWithoutDecomposition(String text) {
        return text.replace('ł', 'l').replace("ß", "ss").replace('ø', 'o').replace("æ", "ae")
                .replace('đ', 'd').replace('ı', 'i');
    }
}
