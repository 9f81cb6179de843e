package doorstep.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.Map;

/** One problem: type URI, title, status, detail for the caller, and machine-readable extensions. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, Map<String, Object> extensions) {

    public static Problem of(String slug, String title, int status, @Nullable String detail) {
        return new Problem("/problems/" + slug, title, status, detail, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The wire form: the standard members first, extensions beside them (RFC 9457 section 3.2). */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.putAll(extensions);
        return body;
    }
}
