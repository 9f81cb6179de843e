package doorstep.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A posted form's fields as lists of values: a name sent once is bound as a value, one sent often (checkboxes) as a list. */
final class PostedFields {

    private PostedFields() {
    }

    static Map<String, List<String>> of(Map<String, Object> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> fields.put(name, value instanceof List<?> many
                ? many.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        return fields;
    }

    static String one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }
}
