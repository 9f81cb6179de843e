package doorstep.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Resolves one mention of a file in a transaction of its own, as a capture's mentions are. */
@Singleton
class FileResolution {

    static final String TENANT = "file-import";

    private final PersonResolution resolution;

    FileResolution(PersonResolution resolution) {
        this.resolution = resolution;
    }

    @Transactional
    ResolvedMention resolve(MentionInput mention) {
        return resolution.resolve(TENANT, mention);
    }
}
