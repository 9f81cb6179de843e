package doorstep.field.capture;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * What the worker has typed and chosen, by field key, exactly as on screen: half-typed dates included,
 * so a draft brings back the screen as it was, not what could be made of it. This is the draft's JSON
 * until the capture is sent; only then is it read into the kind's own JSON.
 */
public final class FormState {

    private static final Gson GSON = new Gson();
    private static final int FORMAT = 1;

    private final Map<String, String> values = new LinkedHashMap<>();

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public void put(String key, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    public boolean has(String key) {
        return !get(key).isEmpty();
    }

    /** How many of a repeated group (children, adults...) the form shows; at least {@code least}. */
    public int count(String group, int least) {
        String count = get(group + ".count");
        return count.isEmpty() ? least : Math.max(least, Integer.parseInt(count));
    }

    public void setCount(String group, int count) {
        put(group + ".count", Integer.toString(count));
    }

    /** Adds one to a repeated group, with a record id (the capture's mentionId) made now and kept. */
    public int addItem(String group) {
        int index = count(group, 0);
        setCount(group, index + 1);
        put(group + "." + index + ".id", UUID.randomUUID().toString());
        return index;
    }

    /** Removes one of a group; those after it move up, keeping their answers and record ids. */
    public void removeItem(String group, int index) {
        int count = count(group, 0);
        String removed = group + "." + index + ".";
        values.keySet().removeIf(key -> key.startsWith(removed));
        for (int i = index + 1; i < count; i++) {
            String from = group + "." + i + ".";
            String to = group + "." + (i - 1) + ".";
            for (String key : List.copyOf(values.keySet())) {
                if (key.startsWith(from)) {
                    values.put(to + key.substring(from.length()), values.remove(key));
                }
            }
        }
        setCount(group, count - 1);
    }

    public UUID itemId(String group, int index) {
        return UUID.fromString(get(group + "." + index + ".id"));
    }

    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.add("values", GSON.toJsonTree(values));
        return GSON.toJson(json);
    }

    public static FormState fromJson(String json) {
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        FormState state = new FormState();
        parsed.getAsJsonObject("values").entrySet()
                .forEach(entry -> state.values.put(entry.getKey(), entry.getValue().getAsString()));
        return state;
    }
}
