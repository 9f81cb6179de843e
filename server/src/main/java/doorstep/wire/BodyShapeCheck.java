package doorstep.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON against a schema of the contract before anything binds it, because the binder is
 * lenient where the contract is not: it would take {@code true} for a string, {@code "3"} or
 * {@code 1.5} for an integer, keep the first of two members of one name, ignore what follows the
 * document, and let {@code null} into a list. Here each of those is a violation naming the field,
 * and each string is held to its format, its date range and its text rule ({@link StringRules}).
 * Members the schema does not name are skipped, as the binder skips them.
 */
@Singleton
public class BodyShapeCheck {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ContractSchemas schemas;
    private final StringRules strings;

    BodyShapeCheck(ContractSchemas schemas, StringRules strings) {
        this.schemas = schemas;
        this.strings = strings;
    }

    /** The violations of the named schema, in document order; empty when the JSON fits it. */
    public List<Violation> check(byte[] json, String schemaName) throws MalformedJson {
        Map<String, Object> schema = schemas.named(schemaName)
                .orElseThrow(() -> new IllegalArgumentException("The contract has no schema " + schemaName));
        List<Violation> violations = new ArrayList<>();
        try (JsonParser parser = STRICT.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedJson("The body is not a JSON object.");
            }
            walk(parser, schema, "", violations);
            if (parser.nextToken() != null) {
                throw new MalformedJson("The body has more after its JSON document; send exactly one.");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedJson(e.getOriginalMessage().startsWith("Duplicate field")
                    ? "The body names a member twice; send each once."
                    : "The body is not valid JSON.");
        } catch (IOException e) {
            throw new MalformedJson("The body could not be read.");
        }
        return violations;
    }

    private void walk(JsonParser parser, Map<String, Object> declared, String path, List<Violation> violations)
            throws IOException {
        Map<String, Object> schema = schemas.resolve(declared);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                violations.add(new Violation(path, "must not be null"));
            }
            return;
        }
        String type = String.valueOf(schema.get("type"));
        String mismatch = switch (type) {
            case "object" -> token == JsonToken.START_OBJECT ? null : "must be an object";
            case "array" -> token == JsonToken.START_ARRAY ? null : "must be a list";
            case "string" -> token == JsonToken.VALUE_STRING ? null : "must be text, in quotes";
            case "integer" -> token == JsonToken.VALUE_NUMBER_INT ? null : "must be a whole number";
            case "number" -> token.isNumeric() ? null : "must be a number";
            case "boolean" -> token.isBoolean() ? null : "must be true or false";
            default -> null;
        };
        if (mismatch != null) {
            violations.add(new Violation(path, mismatch));
            parser.skipChildren();
            return;
        }
        switch (type) {
            case "object" -> members(parser, schema, path, violations);
            case "array" -> elements(parser, schema, path, violations);
            case "string" -> strings.check(schema, parser.getText(), path, violations);
            case "integer" -> checkInteger(parser, schema, path, violations);
            default -> parser.skipChildren();
        }
    }

    private void members(JsonParser parser, Map<String, Object> schema, String path, List<Violation> violations)
            throws IOException {
        Map<String, Object> properties = ContractSchemas.map(schema.get("properties"));
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Object property = properties.get(name);
            if (property == null) {
                parser.skipChildren();
            } else {
                walk(parser, ContractSchemas.map(property), path.isEmpty() ? name : path + "." + name, violations);
            }
        }
    }

    private void elements(JsonParser parser, Map<String, Object> schema, String path, List<Violation> violations)
            throws IOException {
        Map<String, Object> items = ContractSchemas.map(schema.get("items"));
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            walk(parser, items, path + "[" + i + "]", violations);
        }
    }

    private static void checkInteger(JsonParser parser, Map<String, Object> schema, String path,
                                     List<Violation> violations) throws IOException {
        JsonParser.NumberType size = parser.getNumberType();
        boolean fits = "int32".equals(schema.get("format")) ? size == JsonParser.NumberType.INT
                : size != JsonParser.NumberType.BIG_INTEGER;
        if (!fits) {
            violations.add(new Violation(path, "is too large"));
        }
    }
}
