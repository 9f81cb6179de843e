package doorstep.people.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are one name in practice (Tom and Thomas, Mohammed and Muhammad), from the
 * built-in table {@code name-variants.txt}. Equivalence is sharing a group, deliberately not
 * transitive: Alex is both Alexander and Alexandra, but Alexander is not Alexandra.
 */
final class NameVariants {

    private static final NameVariants BUILT_IN = load("name-variants.txt");

    private final Map<String, List<Integer>> groupsByName;
    private final List<String> canonicalByGroup;

    private NameVariants(Map<String, List<Integer>> groupsByName, List<String> canonicalByGroup) {
        this.groupsByName = groupsByName;
        this.canonicalByGroup = canonicalByGroup;
    }

    static NameVariants builtIn() {
        return BUILT_IN;
    }

    boolean equivalent(String cleanedA, String cleanedB) {
        List<Integer> groupsA = groupsByName.get(cleanedA);
        List<Integer> groupsB = groupsByName.get(cleanedB);
        if (groupsA == null || groupsB == null) {
            return false;
        }
        for (Integer group : groupsA) {
            if (groupsB.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** The canonical forms of every group the name belongs to, or the name itself when it is in none. */
    Set<String> canonicalForms(String cleaned) {
        List<Integer> groups = groupsByName.get(cleaned);
        if (groups == null) {
            return Set.of(cleaned);
        }
        Set<String> forms = new HashSet<>();
        groups.forEach(group -> forms.add(canonicalByGroup.get(group)));
        return forms;
    }

    private static NameVariants load(String resource) {
        Map<String, List<Integer>> groupsByName = new HashMap<>();
        List<String> canonicalByGroup = new ArrayList<>();
        try (InputStream in = NameVariants.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " beside NameVariants");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int group = canonicalByGroup.size();
                String[] names = line.split(",");
                canonicalByGroup.add(NameText.clean(names[0]));
                for (String name : names) {
                    List<Integer> groups = groupsByName.computeIfAbsent(NameText.clean(name), n -> new ArrayList<>());
                    if (!groups.contains(group)) {
                        groups.add(group);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new NameVariants(Map.copyOf(groupsByName), List.copyOf(canonicalByGroup));
    }
}
