package doorstep.wire;

import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads an id in an address or a query only in the one form the contract's {@code format: uuid}
 * means: 36 characters, hex in five dashed groups. {@link UUID#fromString} alone also takes
 * "{...}" and "1-1-1-1-1", so two spellings would name one record, and a log or an audit of the
 * address would not show the id it was.
 */
@Singleton
class CanonicalUuids implements TypeConverterRegistrar {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void register(MutableConversionService conversions) {
        conversions.addConverter(CharSequence.class, UUID.class, (text, type, context) -> read(text));
        conversions.addConverter(String.class, UUID.class, (text, type, context) -> read(text));
    }

    private static Optional<UUID> read(CharSequence text) {
        return CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text.toString())) : Optional.empty();
    }
}
