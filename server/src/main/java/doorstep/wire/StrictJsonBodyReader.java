package doorstep.wire;

import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads every request body the contract defines, in place of Micronaut's JSON reader: the body must
 * be declared application/json (a missing Content-Type is not taken to mean JSON) and fit its schema
 * ({@link BodyShapeCheck}); only then is it bound. Ordered before the framework's reader, which keeps
 * every other type.
 */
@Singleton
@Order(-100)
@Consumes(MediaType.APPLICATION_JSON)
class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    private static final String MODEL_PACKAGE = "doorstep.api.model";
    private static final String UTF_8 = "utf-8";

    private final BodyShapeCheck shapes;
    private final ContractSchemas schemas;
    private final JsonMapper json;

    StrictJsonBodyReader(BodyShapeCheck shapes, ContractSchemas schemas, JsonMapper json) {
        this.shapes = shapes;
        this.schemas = schemas;
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        Class<T> target = type.getType();
        return MODEL_PACKAGE.equals(target.getPackageName()) && schemas.isRequestBody(target.getSimpleName());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) {
        return read(type, mediaType, headers, body.toByteArray());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) {
        try {
            return read(type, mediaType, headers, body.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("The request body could not be read", e);
        }
    }

    private T read(Argument<T> type, MediaType mediaType, Headers headers, byte[] bytes) {
        if (headers.get(HttpHeaders.CONTENT_TYPE) == null) {
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send the body as application/json, and say so in the Content-Type header."));
        }
        // Two types would let a proxy and this server each read the body as a different one.
        if (headers.getAll(HttpHeaders.CONTENT_TYPE).size() > 1) {
            throw new ProblemException(Problem.of("malformed-request", "The request could not be read", 400,
                    "The request names its Content-Type more than once; send it once, as application/json."
                            + " Nothing was stored."));
        }
        // JSON is UTF-8 (RFC 8259); the bytes are read as UTF-8 whatever is declared, so another charset is refused.
        if (!mediaType.getParameters().get("charset").map(UTF_8::equalsIgnoreCase).orElse(true)) {
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send the body as UTF-8 JSON: application/json, with no charset or charset=utf-8."));
        }
        List<Violation> violations;
        try {
            violations = shapes.check(bytes, type.getType().getSimpleName());
        } catch (MalformedJson malformed) {
            throw new ProblemException(Problem.of("malformed-request", "The request could not be read", 400,
                    malformed.reason() + " Nothing was stored."));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("Some fields are not what the contract allows; see violations. "
                    + "Nothing was stored.", violations);
        }
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new CodecException("The request body does not fit " + type.getType().getSimpleName(), e);
        }
    }
}
