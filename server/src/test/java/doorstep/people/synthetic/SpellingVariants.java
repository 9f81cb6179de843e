package doorstep.people.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Other ways people write a given name (variants.txt), kept apart from the matcher's own table. */
final class SpellingVariants {

    private final Map<String, List<String>> variants = new HashMap<>();

    SpellingVariants() {
        try (InputStream in = SpellingVariants.class.getResourceAsStream("variants.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && line.contains(":")) {
                    String[] parts = line.split(":");
                    variants.put(parts[0].trim(), List.of(parts[1].trim().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> variantOf(String givenName, Random random) {
        List<String> options = variants.get(ErrorKind.stripDiacritics(givenName).toLowerCase(Locale.ROOT));
        if (options == null) {
            return Optional.empty();
        }
        String variant = options.get(random.nextInt(options.size()));
        return Optional.of(Character.toUpperCase(variant.charAt(0)) + variant.substring(1));
    }
}
