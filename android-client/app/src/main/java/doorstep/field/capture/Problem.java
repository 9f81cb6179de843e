package doorstep.field.capture;

import javax.annotation.Nullable;

/**
 * One thing to fix before a capture can be sent, in the core check's words.
 *
 * @param key the field to take the worker to; null when no one field is to blame
 */
public record Problem(@Nullable String key, String message) {
}
