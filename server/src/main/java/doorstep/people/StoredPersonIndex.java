package doorstep.people;

import doorstep.people.matching.CandidatePerson;
import doorstep.people.matching.CandidateRanking;
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
 * indexes of blocking keys, the strongest of them ({@link CandidateRanking}), each with every record
 * filed under it or merged into it.
 */
final class StoredPersonIndex implements PersonIndex {

    private final String tenantId;
    private final BlockKeyIndex blockKeys;
    private final SealedMentions mentions;
    private final MentionRecords records;
    private final Survivors survivors;
    private final KnownApart knownApart;
    private final int candidateLimit;

    StoredPersonIndex(String tenantId, BlockKeyIndex blockKeys, SealedMentions mentions, MentionRecords records,
                      Survivors survivors, KnownApart knownApart, int candidateLimit) {
        this.tenantId = tenantId;
        this.blockKeys = blockKeys;
        this.mentions = mentions;
        this.records = records;
        this.survivors = survivors;
        this.knownApart = knownApart;
        this.candidateLimit = candidateLimit;
    }

    @Override
    public Collection<CandidatePerson> candidates(Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // Ranked by the persons the keys were filed under, before merges are followed: a merged
        // person's records count apart from their survivor's, which only matters when more than the
        // limit compete and a merge split the true match's keys.
        List<UUID> filed = CandidateRanking.strongest(blockKeys.personsByKey(tenantId, keys), candidateLimit);
        if (filed.isEmpty()) {
            return List.of();
        }
        SealedMentions.OfPersons read = mentions.ofUnmergedPersons(tenantId, filed);
        Map<UUID, List<PersonRecord>> known = new HashMap<>();
        if (read.mergesInvolved()) {
            Map<UUID, UUID> survivorOf = survivors.survivorsOf(tenantId, filed);
            Set<UUID> candidates = Set.copyOf(survivorOf.values());
            Set<UUID> members = survivors.standingFor(tenantId, candidates);
            Map<UUID, UUID> memberToSurvivor = survivors.survivorsOf(tenantId, members);
            for (SealedMentions.Sealed mention : mentions.filedUnder(tenantId, members)) {
                known.computeIfAbsent(memberToSurvivor.get(mention.personId()), s -> new ArrayList<>()).add(open(mention));
            }
        } else {
            for (SealedMentions.Sealed mention : read.mentions()) {
                known.computeIfAbsent(mention.personId(), s -> new ArrayList<>()).add(open(mention));
            }
        }
        return known.entrySet().stream()
                .map(e -> new CandidatePerson(e.getKey().toString(), e.getValue()))
                .toList();
    }

    @Override
    public boolean knownApart(String personId, String otherPersonId) {
        return knownApart.apart(tenantId, UUID.fromString(personId), UUID.fromString(otherPersonId));
    }

    private PersonRecord open(SealedMentions.Sealed mention) {
        return records.open(mention.mentionId(), mention.recordCt());
    }
}
