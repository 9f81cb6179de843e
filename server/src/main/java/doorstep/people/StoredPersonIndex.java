package doorstep.people;

import doorstep.crypto.BlindIndex;
import doorstep.people.matching.CandidatePerson;
import doorstep.people.matching.PersonIndex;
import doorstep.people.matching.PersonRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One tenant's resolved people as the matcher sees them: candidates found by equality on blind
 * indexes of blocking keys, each candidate with every record filed under it or merged into it.
 */
final class StoredPersonIndex implements PersonIndex {

    static final String BLOCK_KEY_DOMAIN = "person-block-key-v1";

    private final String tenantId;
    private final BlindIndex blindIndex;
    private final BlockKeyIndex blockKeys;
    private final MentionRepository mentions;
    private final MentionRecords records;
    private final Survivors survivors;

    StoredPersonIndex(String tenantId, BlindIndex blindIndex, BlockKeyIndex blockKeys,
                      MentionRepository mentions, MentionRecords records, Survivors survivors) {
        this.tenantId = tenantId;
        this.blindIndex = blindIndex;
        this.blockKeys = blockKeys;
        this.mentions = mentions;
        this.records = records;
        this.survivors = survivors;
    }

    @Override
    public Collection<CandidatePerson> candidates(Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<UUID> filed = blockKeys.personsFiledUnder(tenantId, indexes(keys));
        if (filed.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> survivorOf = survivors.survivorsOf(tenantId, filed);
        Set<UUID> candidates = Set.copyOf(survivorOf.values());
        Set<UUID> members = survivors.standingFor(tenantId, candidates);
        // Most candidates were never merged: then every member is its own survivor, known already.
        Map<UUID, UUID> memberToSurvivor = members.equals(candidates)
                ? candidates.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> id))
                : survivors.survivorsOf(tenantId, members);
        Map<UUID, List<PersonRecord>> known = new HashMap<>();
        for (MentionRow mention : mentions.findByTenantIdAndPersonIdIn(tenantId, members)) {
            UUID survivor = memberToSurvivor.get(mention.personId());
            known.computeIfAbsent(survivor, s -> new ArrayList<>()).add(records.open(mention));
        }
        return known.entrySet().stream()
                .map(e -> new CandidatePerson(e.getKey().toString(), e.getValue()))
                .toList();
    }

    List<byte[]> indexes(Set<String> keys) {
        return keys.stream().map(key -> blindIndex.of(BLOCK_KEY_DOMAIN, key)).toList();
    }
}
