package doorstep.people.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** People and their records held in memory, filed under plaintext blocking keys: for tests and evaluation. */
public final class InMemoryPersonIndex implements PersonIndex {

    private final Map<String, Set<PersonRecord>> recordsByPerson = new LinkedHashMap<>();
    private final Map<String, Set<String>> peopleByKey = new HashMap<>();

    /** Files the record as a new person and returns the person's id. */
    public String addPerson(PersonRecord record) {
        String personId = "p" + (recordsByPerson.size() + 1);
        recordsByPerson.put(personId, new LinkedHashSet<>());
        addRecord(personId, record);
        return personId;
    }

    public void addRecord(String personId, PersonRecord record) {
        Set<PersonRecord> records = recordsByPerson.get(personId);
        if (records == null) {
            throw new IllegalArgumentException("No person " + personId + "; add the person first");
        }
        if (records.add(record)) {
            BlockingKeys.of(record).forEach(key -> peopleByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(personId));
        }
    }

    public int size() {
        return recordsByPerson.size();
    }

    @Override
    public Collection<CandidatePerson> candidates(Set<String> blockingKeys) {
        Set<String> personIds = new LinkedHashSet<>();
        blockingKeys.forEach(key -> personIds.addAll(peopleByKey.getOrDefault(key, Set.of())));
        List<CandidatePerson> candidates = new ArrayList<>(personIds.size());
        personIds.forEach(id -> candidates.add(new CandidatePerson(id, List.copyOf(recordsByPerson.get(id)))));
        return candidates;
    }
}
