package doorstep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks for known words in raw bytes, in any letter case: lower-cases ASCII on both sides, so
 * "Zephyrine", "ZEPHYRINE" and "zephyrine" all count. Words are matched as UTF-8.
 */
public record Canaries(List<String> words) {

    private static final int CHUNK = 1 << 20;

    public Canaries {
        words = List.copyOf(words);
    }

    /** The words that occur in these bytes. */
    public Set<String> foundIn(byte[] bytes) {
        byte[] lower = lowerAscii(bytes.clone(), bytes.length);
        Set<String> found = new LinkedHashSet<>();
        for (String word : words) {
            if (indexOf(lower, lower.length, pattern(word)) >= 0) {
                found.add(word);
            }
        }
        return found;
    }

    /** The words that occur in any file under the folder, each reported with the file it is in. */
    public Set<String> foundInFilesUnder(Path folder) {
        Set<String> found = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String word : foundInFile(file)) {
                    found.add(word + " in " + folder.relativize(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not walk " + folder, e);
        }
        return found;
    }

    private Set<String> foundInFile(Path file) {
        int overlap = words.stream().mapToInt(w -> pattern(w).length).max().orElse(1) - 1;
        byte[] window = new byte[CHUNK + overlap];
        Set<String> found = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            int read;
            while ((read = in.readNBytes(window, kept, CHUNK)) > 0) {
                int length = kept + read;
                lowerAscii(window, length);
                for (String word : words) {
                    if (indexOf(window, length, pattern(word)) >= 0) {
                        found.add(word);
                    }
                }
                kept = Math.min(overlap, length);
                System.arraycopy(window, length - kept, window, 0, kept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return found;
    }

    private static byte[] pattern(String word) {
        return word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lowerAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
                bytes[i] += 'a' - 'A';
            }
        }
        return bytes;
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return Arrays.toString(words.toArray());
    }
}
