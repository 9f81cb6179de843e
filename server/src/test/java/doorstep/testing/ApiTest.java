package doorstep.testing;

import doorstep.identity.TenantDirectory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test that calls the real server over HTTP, as users of {@link ServerTest#TENANT} (set up before
 * any test runs). Annotate subclasses with
 * {@code @MicronautTest(environments = "test", transactional = false)} and {@code @TestInstance(PER_CLASS)}.
 */
public abstract class ApiTest implements ServerTest {

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected TenantDirectory tenants;

    protected Api api;

    @BeforeAll
    void setUpTenantAndClient() {
        tenants.register(TENANT, "Test Borough MASH");
        api = new Api(client.toBlocking());
    }
}
