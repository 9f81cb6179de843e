package doorstep.people;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** Where a mention was filed, and the best candidate and weight behind that. */
public record ResolvedMention(UUID mentionId, UUID personId, ResolutionDecision decision,
                              @Nullable UUID candidatePersonId, @Nullable Double weight) {
}
