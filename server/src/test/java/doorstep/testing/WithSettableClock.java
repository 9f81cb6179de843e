package doorstep.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * A server test whose server reads the {@link SettableClock} the test moves: add it to an
 * {@link ApiTest}'s {@code implements} and inject the clock.
 */
public interface WithSettableClock extends ServerTest {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServerTest.super.getProperties());
        properties.put(SettableClock.PROPERTY, "settable");
        return properties;
    }
}
