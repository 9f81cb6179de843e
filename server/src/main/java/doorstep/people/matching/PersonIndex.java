package doorstep.people.matching;

import java.util.Collection;
import java.util.Set;

/** Where known people are looked up by blocking key; never a scan of everyone. */
public interface PersonIndex {

    /** Every person with at least one record filed under at least one of the keys, each once. */
    Collection<CandidatePerson> candidates(Set<String> blockingKeys);
}
