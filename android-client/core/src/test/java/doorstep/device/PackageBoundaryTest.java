package doorstep.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the core's shape: plain Java, and package dependencies that only point one way. */
class PackageBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/doorstep/device");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    /** Which of our packages each package may use; the generated api is open to all. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "crypto", Set.of(),
            "outbox", Set.of("crypto"),
            "storage", Set.of("outbox", "crypto"),
            "capture", Set.of(),
            "sync", Set.of("outbox", "crypto"),
            "account", Set.of("outbox", "crypto", "sync"),
            "lock", Set.of("outbox", "crypto"));

    @Test
    void coreImportsNothingFromAndroid() throws IOException {
        assertEquals(List.of(), violations((pkg, imported) -> imported.startsWith("android.")));
    }

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        assertEquals(List.of(), violations((pkg, imported) -> {
            if (!imported.startsWith("doorstep.device.") || imported.startsWith("doorstep.device.api")) {
                return false;
            }
            String target = imported.split("\\.")[2];
            return !target.equals(pkg) && !ALLOWED.get(pkg).contains(target);
        }));
    }

    private interface Rule {
        boolean breaks(String pkg, String imported);
    }

    private static List<String> violations(Rule rule) throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : ALLOWED.keySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher imports = IMPORT.matcher(Files.readString(file));
                    while (imports.find()) {
                        if (rule.breaks(pkg, imports.group(1))) {
                            found.add(file.getFileName() + " imports " + imports.group(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
