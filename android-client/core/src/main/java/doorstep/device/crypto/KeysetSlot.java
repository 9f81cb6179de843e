package doorstep.device.crypto;

import java.util.Optional;

/** Where the wrapped local keyset is kept between runs; it only ever holds wrapped bytes. */
public interface KeysetSlot {

    Optional<byte[]> read();

    void write(byte[] wrappedKeyset);
}
