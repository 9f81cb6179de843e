package doorstep.console.internal;

import java.util.UUID;

/** An earlier contact about the same children, in words, linked by its id. */
public record EarlierContactRow(UUID id, String kind, String received, String rag, String tagClass, String outcome) {
}
