package doorstep.people.matching;

import java.util.OptionalDouble;

/**
 * How common a cleaned name is among known people, as a share of all of them (Smith ~ 0.01). The
 * server answers from counts kept per blind-indexed value, so the names themselves are never read.
 */
public interface TermFrequencies {

    /** Empty when the value has not been seen or there are too few people to say. */
    OptionalDouble share(NamePart part, String cleanedValue);

    enum NamePart {
        GIVEN,
        FAMILY
    }

    TermFrequencies NONE = (part, value) -> OptionalDouble.empty();
}
