package doorstep.capture.earlyhelp;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The parts of a visit as JSON text, the form they are sealed in and read back from. */
@Singleton
class VisitJson {

    private final JsonMapper json;

    VisitJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object part) {
        try {
            return json.writeValueAsString(part);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise a part of a visit", e);
        }
    }

    <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored part of a visit could not be read back", e);
        }
    }
}
