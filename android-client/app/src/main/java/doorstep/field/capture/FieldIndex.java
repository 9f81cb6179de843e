package doorstep.field.capture;

import android.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * Tells which field a check's message is about, from the words it uses and the person it names, so
 * Send can take the worker to it. The core check speaks of people by first name, or as "child 2".
 */
final class FieldIndex {

    private record Entry(String key, @Nullable Supplier<String> who, List<String> finds, View view) {
    }

    private final List<Entry> entries = new ArrayList<>();
    @Nullable
    private Supplier<String> who;

    /** @param who the person's name as it is when a message is matched, so a name typed since counts */
    void about(@Nullable Supplier<String> who) {
        this.who = who;
    }

    void add(String key, View view, String... finds) {
        if (finds.length > 0) {
            entries.add(new Entry(key, who, List.of(finds), view));
        }
    }

    /** A find may name alternatives, "a|b": a message about the field uses one or the other. */
    private static boolean anyOf(String find, String words) {
        for (String alternative : find.split("\\|")) {
            if (words.contains(alternative)) {
                return true;
            }
        }
        return false;
    }

    /** The first field, in form order, whose person and words the message names. */
    @Nullable
    View find(String message) {
        String words = message.toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            if ((entry.who() == null || words.contains(entry.who().get().toLowerCase(Locale.ROOT))) && entry.finds().stream().allMatch(find -> anyOf(find, words))) {
                return entry.view();
            }
        }
        return null;
    }
}
