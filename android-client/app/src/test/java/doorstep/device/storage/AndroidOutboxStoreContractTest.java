package doorstep.device.storage;

import android.content.Context;
import doorstep.device.outbox.OutboxStore;
import doorstep.field.storage.AndroidOutboxStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.ParameterizedRobolectricTestRunner.Parameters;
import org.robolectric.RuntimeEnvironment;

/**
 * Core's {@link OutboxStoreContract} (from its test-jar) against the phone's store. The contract is
 * written for JUnit Jupiter and Robolectric runs only under JUnit 4, so each of its behaviours runs
 * here as one case, found by reflection: a behaviour added to the contract runs here without an edit.
 * This class sits in the contract's package because the contract keeps its members package-private.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
public class AndroidOutboxStoreContractTest {

    private final String behaviour;

    public AndroidOutboxStoreContractTest(String behaviour) {
        this.behaviour = behaviour;
    }

    @Parameters(name = "{0}")
    public static List<Object[]> behaviours() {
        List<Object[]> names = new ArrayList<>();
        for (Method method : OutboxStoreContract.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(org.junit.jupiter.api.Test.class)) {
                names.add(new Object[] {method.getName()});
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("OutboxStoreContract has no @Test methods; is core's test-jar current?");
        }
        return names;
    }

    @Test
    public void androidOutboxStoreHoldsTheContract() throws Throwable {
        Context context = RuntimeEnvironment.getApplication();
        OutboxStoreContract contract = new OutboxStoreContract() {
            @Override
            OutboxStore store() {
                return AndroidOutboxStore.open(context); // Robolectric gives each case a fresh files directory
            }
        };
        Method method = OutboxStoreContract.class.getDeclaredMethod(behaviour);
        method.setAccessible(true);
        try {
            method.invoke(contract);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
