package doorstep.capture.returnhome;

import doorstep.capture.InvalidCapture;
import doorstep.problem.Violation;
import doorstep.wire.BodyShapeCheck;
import doorstep.wire.MalformedJson;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an opened capture as its contract schema has it (types, nulls, ranges, text rules: see
 * {@link BodyShapeCheck}) and then its constraints; the binder alone would coerce what the schema refuses.
 */
@Singleton
class StrictRead {

    private final BodyShapeCheck shapes;
    private final JsonMapper json;
    private final Validator validator;

    StrictRead(BodyShapeCheck shapes, JsonMapper json, Validator validator) {
        this.shapes = shapes;
        this.json = json;
        this.validator = validator;
    }

    <T> T read(byte[] plaintext, String schema, Class<T> type) throws InvalidCapture {
        T capture;
        try {
            List<Violation> shape = new ArrayList<>(shapes.check(plaintext, schema));
            if (!shape.isEmpty()) {
                shape.sort(Comparator.comparing(Violation::field));
                throw new InvalidCapture(shape);
            }
            capture = json.readValue(plaintext, Argument.of(type));
        } catch (MalformedJson | IOException | RuntimeException unreadable) {
            throw new InvalidCapture(List.of(new Violation("payload",
                    "is not a " + schema + " this server can read; update the app")));
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(capture).forEach(v ->
                violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        refuseIfAny(violations);
        return capture;
    }

    static void refuseIfAny(List<Violation> violations) throws InvalidCapture {
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw new InvalidCapture(violations);
        }
    }
}
