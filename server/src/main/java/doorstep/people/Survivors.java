package doorstep.people;

import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Follows merges: which person now stands for a given one, and which persons a survivor stands
 * for. Chains are short (a merge of a merge), so each step is one query.
 */
@Singleton
class Survivors {

    private final MergePointers pointers;

    Survivors(MergePointers pointers) {
        this.pointers = pointers;
    }

    /** The person each of these now is, after every merge. */
    Map<UUID, UUID> survivorsOf(String tenantId, Collection<UUID> ids) {
        Map<UUID, UUID> survivor = new HashMap<>();
        Map<UUID, UUID> next = new HashMap<>();
        Set<UUID> unresolved = new HashSet<>(ids);
        while (!unresolved.isEmpty()) {
            Set<UUID> following = new HashSet<>();
            for (var row : pointers.mergedInto(tenantId, unresolved).entrySet()) {
                if (row.getValue().isEmpty()) {
                    survivor.put(row.getKey(), row.getKey());
                } else {
                    next.put(row.getKey(), row.getValue().get());
                    following.add(row.getValue().get());
                }
            }
            following.removeAll(survivor.keySet());
            unresolved = following;
        }
        Map<UUID, UUID> result = new HashMap<>();
        for (UUID id : ids) {
            UUID current = id;
            while (next.containsKey(current)) {
                current = next.get(current);
            }
            if (survivor.containsKey(current)) {
                result.put(id, current);
            }
        }
        return result;
    }

    /** The survivors themselves and every person merged into them, however indirectly. */
    Set<UUID> standingFor(String tenantId, Collection<UUID> survivorIds) {
        Set<UUID> all = new HashSet<>(survivorIds);
        Deque<UUID> frontier = new ArrayDeque<>(survivorIds);
        while (!frontier.isEmpty()) {
            List<UUID> batch = List.copyOf(frontier);
            frontier.clear();
            for (UUID merged : pointers.mergedIntoAnyOf(tenantId, batch).keySet()) {
                if (all.add(merged)) {
                    frontier.add(merged);
                }
            }
        }
        return all;
    }
}
