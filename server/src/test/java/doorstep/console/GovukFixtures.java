package doorstep.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * govuk-frontend's own examples of each component (its {@code fixtures.json}: the options given to the
 * Nunjucks macro and the HTML it renders), read from the installed package so that a new version that
 * changes its markup fails our build, and the markup of both sides reduced to a form that ignores
 * indentation and attribute order.
 */
final class GovukFixtures {

    /** Set by surefire to tools/node_modules/govuk-frontend/dist/govuk/components. */
    static final String DIRECTORY_PROPERTY = "govuk.frontend.components";

    private static final ObjectMapper JSON = new ObjectMapper();

    record Fixture(String component, String name, JsonNode options, String html) {
    }

    private GovukFixtures() {
    }

    static Fixture of(String component, String name) {
        JsonNode fixtures = read(component).get("fixtures");
        return StreamSupport.stream(fixtures.spliterator(), false)
                .filter(f -> f.get("name").asText().equals(name))
                .findFirst()
                .map(f -> new Fixture(component, name, f.get("options"), f.get("html").asText()))
                .orElseThrow(() -> new AssertionError("govuk-frontend has no " + component + " fixture named '"
                        + name + "': did its version change? Pick another fixture in " + component + "/fixtures.json"));
    }

    private static JsonNode read(String component) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null) {
            throw new AssertionError("System property " + DIRECTORY_PROPERTY + " is not set: run through Maven (surefire sets it)");
        }
        Path file = Path.of(directory, component, "fixtures.json");
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": install govuk-frontend (npm ci in tools/)", e);
        }
    }

    /**
     * The markup as one line per element and text, indented by depth: attributes sorted by name, runs of
     * whitespace made one space, text trimmed, whitespace-only text dropped.
     */
    static String canonical(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(node, 0, out);
        }
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        if (node instanceof TextNode text) {
            String words = collapse(text.getWholeText());
            if (!words.isEmpty()) {
                out.append(indent).append('"').append(words).append("\"\n");
            }
        } else if (node instanceof Element element) {
            out.append(indent).append('<').append(element.tagName());
            element.attributes().asList().stream()
                    .sorted(Comparator.comparing(Attribute::getKey))
                    .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(collapse(a.getValue())).append('"'));
            out.append(">\n");
            for (Node child : element.childNodes()) {
                write(child, depth + 1, out);
            }
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
