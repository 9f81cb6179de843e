package doorstep.people.matching;

import java.util.Collection;
import java.util.Set;

/** Where known people are looked up by blocking key; never a scan of everyone. */
public interface PersonIndex {

    /** Every person with a record filed ({@link BlockingKeys#of}) under one of the lookup keys ({@link BlockingKeys#lookup}), each once. */
    Collection<CandidatePerson> candidates(Set<String> blockingKeys);
}
