package doorstep.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A fixture's Nunjucks options read as our templates' parameters: {@code text("label", "text")} is the
 * option {@code label.text}, null when absent; {@link #put} leaves a parameter out when it is null, so
 * the template's own default applies.
 */
record FixtureOptions(JsonNode node) {

    @Nullable
    String text(String... path) {
        JsonNode at = find(path);
        return at == null ? null : at.asText();
    }

    boolean flag(String... path) {
        JsonNode at = find(path);
        return at != null && at.asBoolean();
    }

    /** The options under {@code field}: empty options when there are none. */
    FixtureOptions at(String field) {
        JsonNode at = node.get(field);
        return new FixtureOptions(at == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : at);
    }

    <T> List<T> list(String field, Function<FixtureOptions, T> each) {
        List<T> items = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(item -> items.add(each.apply(new FixtureOptions(item))));
        }
        return items;
    }

    /** The values of the items marked {@code checked} (or {@code selected}). */
    List<String> valuesOfItemsMarked(String mark) {
        return list("items", item -> item.flag(mark) ? item.text("value") : null).stream()
                .filter(v -> v != null).toList();
    }

    static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            put(params, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static void put(Map<String, Object> params, String name, @Nullable Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    @Nullable
    private JsonNode find(String... path) {
        JsonNode at = node;
        for (String step : path) {
            if (at == null || at.isNull()) {
                return null;
            }
            at = at.get(step);
        }
        return at == null || at.isNull() ? null : at;
    }
}
