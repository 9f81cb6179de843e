package doorstep;

import doorstep.testing.AuthEmulator;
import doorstep.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A development run answers on this machine only: nobody on the network reaches its emulator-mode API. */
class DevelopmentBindAddressTest {

    @Test
    void developmentServerListensOnTheLoopbackAddressOnly() throws IOException {
        List<InetAddress> network = networkAddresses();
        assertFalse(network.isEmpty(), "this check needs a network interface besides loopback");

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, developmentRun(), "dev")) {
            int port = server.getPort();

            assertTrue(accepts(InetAddress.getLoopbackAddress(), port), "127.0.0.1 answers");
            for (InetAddress address : network) {
                assertThrows(IOException.class, () -> connect(address, port), address + " must not answer");
            }
        }
    }

    private static Map<String, Object> developmentRun() {
        return Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "doorstep.identity.auth-emulator-host", AuthEmulator.host(),
                "doorstep.crypto.master-key-file", "target/test-master-keyset.json",
                "doorstep.operations.token-file", "target/test-operator-token",
                "doorstep.demo.enabled", false);
    }

    private static List<InetAddress> networkAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean accepts(InetAddress address, int port) throws IOException {
        connect(address, port);
        return true;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }
}
