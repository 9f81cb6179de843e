package doorstep.people.matching;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Name counts held in memory, for tests and evaluation; fed the people known so far. */
public final class InMemoryTermFrequencies implements TermFrequencies {

    private final Map<NamePart, Map<String, Integer>> counts = new EnumMap<>(NamePart.class);
    private int people;

    public InMemoryTermFrequencies() {
        counts.put(NamePart.GIVEN, new HashMap<>());
        counts.put(NamePart.FAMILY, new HashMap<>());
    }

    public void count(PersonRecord record) {
        NormalisedPerson person = record.normalised();
        people++;
        counts.get(NamePart.GIVEN).merge(person.givenName(), 1, Integer::sum);
        counts.get(NamePart.FAMILY).merge(person.familyName(), 1, Integer::sum);
    }

    @Override
    public OptionalDouble share(NamePart part, String cleanedValue) {
        Integer count = counts.get(part).get(cleanedValue);
        return count == null ? OptionalDouble.empty() : OptionalDouble.of((double) count / people);
    }
}
