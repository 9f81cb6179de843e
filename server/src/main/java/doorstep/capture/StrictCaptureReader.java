package doorstep.capture;

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
 * {@link BodyShapeCheck}) and then its constraints; the binder alone would coerce what the schema
 * refuses. Every kind reads its payload through this, so every kind is as strict as the contract.
 */
@Singleton
public class StrictCaptureReader {

    private final BodyShapeCheck shapes;
    private final JsonMapper json;
    private final Validator validator;

    StrictCaptureReader(BodyShapeCheck shapes, JsonMapper json, Validator validator) {
        this.shapes = shapes;
        this.json = json;
        this.validator = validator;
    }

    /**
     * The payload bound to its schema's type, with every constraint checked.
     *
     * @param description what the kind is, in words, for the refusal of a payload that is not one
     */
    public <T> T read(byte[] plaintext, String schema, Class<T> type, String description) throws InvalidCapture {
        T capture = bind(plaintext, schema, type, description);
        List<Violation> violations = constraints(capture);
        refuseIfAny(violations);
        return capture;
    }

    /** The payload bound to its schema's type, its shape checked but not yet its constraints. */
    public <T> T bind(byte[] plaintext, String schema, Class<T> type, String description) throws InvalidCapture {
        try {
            List<Violation> shape = new ArrayList<>(shapes.check(plaintext, schema));
            if (!shape.isEmpty()) {
                shape.sort(Comparator.comparing(Violation::field));
                throw new InvalidCapture(shape);
            }
            return json.readValue(plaintext, Argument.of(type));
        } catch (MalformedJson | IOException | RuntimeException unreadable) {
            throw new InvalidCapture(List.of(new Violation("payload",
                    "is not " + description + " this server can read; update the app")));
        }
    }

    /** The bound capture's constraint violations, in a list the kind may add its own to. */
    public List<Violation> constraints(Object capture) {
        List<Violation> violations = new ArrayList<>();
        validator.validate(capture).forEach(v ->
                violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage())));
        return violations;
    }

    /** Refuses the capture with every violation found, in field order, if there is any. */
    public static void refuseIfAny(List<Violation> violations) throws InvalidCapture {
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw new InvalidCapture(violations);
        }
    }
}
