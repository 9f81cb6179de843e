package doorstep.people.matching;

import java.util.Collection;
import java.util.Set;

/** Where known people are looked up by blocking key; never a scan of everyone. */
public interface PersonIndex {

    /** Every person with a record filed ({@link BlockingKeys#of}) under one of the lookup keys ({@link BlockingKeys#lookup}), each once. */
    Collection<CandidatePerson> candidates(Set<String> blockingKeys);

    /**
     * Whether the two people were recorded side by side in one capture, and so are different people
     * however alike their records. Asked only of close contenders, so it may cost a query.
     */
    default boolean knownApart(String personId, String otherPersonId) {
        return false;
    }
}
