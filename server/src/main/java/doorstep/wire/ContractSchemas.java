package doorstep.wire;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schemas of the contract, read from the copy of api-spec/doorstep.yaml on the classpath, so the
 * server checks bodies against the very document its interfaces were generated from.
 */
@Singleton
class ContractSchemas {

    private static final String CONTRACT = "doorstep/api/doorstep.yaml";
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Object> schemas;
    private final Set<String> requestBodies;

    ContractSchemas() {
        Map<String, Object> contract = load();
        this.schemas = map(map(contract.get("components")).get("schemas"));
        this.requestBodies = requestBodiesOf(map(contract.get("paths")));
    }

    /** True when the schema of this name is the body of some request. */
    boolean isRequestBody(String schemaName) {
        return requestBodies.contains(schemaName);
    }

    Optional<Map<String, Object>> named(String schemaName) {
        return Optional.ofNullable(schemas.get(schemaName)).map(ContractSchemas::map);
    }

    /**
     * The schema itself, following a {@code $ref} or an {@code allOf} of one reference (the
     * contract's way to make a referenced schema nullable), keeping the outer {@code nullable}.
     */
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = map(all.get(0)).get("$ref");
        }
        if (ref == null) {
            return schema;
        }
        Map<String, Object> target = map(schemas.get(((String) ref).substring(REF_PREFIX.length())));
        if (target.isEmpty()) {
            throw new IllegalStateException("The contract refers to a schema it does not define: " + ref);
        }
        Map<String, Object> resolved = new HashMap<>(resolve(target));
        if (Boolean.TRUE.equals(schema.get("nullable"))) {
            resolved.put("nullable", true);
        }
        return resolved;
    }

    private Set<String> requestBodiesOf(Map<String, Object> paths) {
        Set<String> names = new LinkedHashSet<>();
        for (Object path : paths.values()) {
            for (Object operation : map(path).values()) {
                if (operation instanceof Map<?, ?> op && op.get("requestBody") instanceof Map<?, ?> body) {
                    Map<String, Object> json = map(map(map(body).get("content")).get("application/json"));
                    Object ref = map(json.get("schema")).get("$ref");
                    if (ref != null) {
                        names.add(((String) ref).substring(REF_PREFIX.length()));
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Map<String, Object> load() {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not on the classpath; the server jar must include"
                        + " the doorstep-api-spec module");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CONTRACT, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
