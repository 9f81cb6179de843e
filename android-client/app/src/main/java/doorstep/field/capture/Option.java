package doorstep.field.capture;

import java.util.List;
import java.util.stream.Stream;

/** One answer to choose: the value kept in the draft and sent, and the words shown for it. */
public record Option(String value, String label) {

    /** Options from label/value pairs written one after the other: "parent", "Parent", ... */
    public static List<Option> of(String... valueThenLabel) {
        return Stream.iterate(0, i -> i < valueThenLabel.length, i -> i + 2)
                .map(i -> new Option(valueThenLabel[i], valueThenLabel[i + 1])).toList();
    }
}
