package doorstep.console;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A posted form's fields as lists of values: a name sent once is bound as a value, one sent often (checkboxes) as a list. */
final class PostedFields {

    private PostedFields() {
    }

    static Map<String, List<String>> of(@Nullable Map<String, Object> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null) {
            return fields;
        }
        body.forEach((name, value) -> fields.put(name, value instanceof List<?> many
                ? many.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        return fields;
    }

    /**
     * The first value posted under the name, or null when none was (or nothing was posted). Forms are bound
     * whole, as a map: Micronaut's binding of single form fields as parameters streams them and was seen to
     * fail now and then (IllegalStateException in MicronautHttpData.get) as the fields arrived.
     */
    @Nullable
    static String first(@Nullable Map<String, Object> body, String name) {
        Object value = body == null ? null : body.get(name);
        if (value instanceof List<?> many) {
            return many.isEmpty() ? null : String.valueOf(many.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }

    static String one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }
}
