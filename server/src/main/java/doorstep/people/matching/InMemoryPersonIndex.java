package doorstep.people.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and their records held in memory, filed under plaintext blocking keys, candidates ranked
 * and limited as the stored index does: for tests and evaluation.
 */
public final class InMemoryPersonIndex implements PersonIndex {

    /** Every record filed under each person, repeats included, as the stored index keeps one per mention. */
    private final Map<String, List<PersonRecord>> recordsByPerson = new LinkedHashMap<>();
    private final Map<String, Set<String>> peopleByKey = new HashMap<>();
    private final Set<Set<String>> apart = new HashSet<>();
    private final int candidateLimit;

    public InMemoryPersonIndex() {
        this(CandidateRanking.DEFAULT_LIMIT);
    }

    public InMemoryPersonIndex(int candidateLimit) {
        this.candidateLimit = candidateLimit;
    }

    /** Files the record as a new person and returns the person's id. */
    public String addPerson(PersonRecord record) {
        String personId = "p" + (recordsByPerson.size() + 1);
        recordsByPerson.put(personId, new ArrayList<>());
        addRecord(personId, record);
        return personId;
    }

    public void addRecord(String personId, PersonRecord record) {
        List<PersonRecord> records = recordsByPerson.get(personId);
        if (records == null) {
            throw new IllegalArgumentException("No person " + personId + "; add the person first");
        }
        records.add(record);
        BlockingKeys.of(record).forEach(key -> peopleByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(personId));
    }

    /** Notes that the two people were recorded side by side in one capture. */
    public void recordedTogether(String personId, String otherPersonId) {
        apart.add(Set.of(personId, otherPersonId));
    }

    @Override
    public boolean knownApart(String personId, String otherPersonId) {
        return apart.contains(Set.of(personId, otherPersonId));
    }

    public int size() {
        return recordsByPerson.size();
    }

    @Override
    public Collection<CandidatePerson> candidates(Set<String> blockingKeys) {
        Map<String, Set<String>> filed = new HashMap<>();
        blockingKeys.stream().filter(peopleByKey::containsKey).forEach(key -> filed.put(key, peopleByKey.get(key)));
        List<String> personIds = CandidateRanking.strongest(filed, candidateLimit);
        List<CandidatePerson> candidates = new ArrayList<>(personIds.size());
        personIds.forEach(id -> candidates.add(new CandidatePerson(id, List.copyOf(recordsByPerson.get(id)))));
        return candidates;
    }
}
