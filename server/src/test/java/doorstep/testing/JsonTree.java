package doorstep.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capture as a mutable JSON tree, to write into it what no model class would let a test write:
 * a string where a number belongs, a null in a list, a date beyond year 9999.
 */
public final class JsonTree {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private final Map<String, Object> root;

    private JsonTree(Map<String, Object> root) {
        this.root = root;
    }

    public static JsonTree of(Object model) {
        try {
            return new JsonTree(JSON.readValue(JSON.writeValueAsBytes(model), Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a path such as {@code children[0].voice.seen}; the last step names a member. */
    @SuppressWarnings("unchecked")
    public JsonTree set(String path, Object value) {
        String[] steps = path.split("\\.");
        Object at = root;
        for (int i = 0; i < steps.length - 1; i++) {
            Matcher step = matched(steps[i]);
            at = ((Map<String, Object>) at).get(step.group(1));
            if (step.group(2) != null) {
                at = ((List<Object>) at).get(Integer.parseInt(step.group(2)));
            }
        }
        Matcher last = matched(steps[steps.length - 1]);
        if (last.group(2) == null) {
            ((Map<String, Object>) at).put(last.group(1), value);
        } else {
            ((List<Object>) ((Map<String, Object>) at).get(last.group(1))).set(Integer.parseInt(last.group(2)), value);
        }
        return this;
    }

    public byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return new String(bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Matcher matched(String step) {
        Matcher matcher = STEP.matcher(step);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a path step: " + step);
        }
        return matcher;
    }
}
