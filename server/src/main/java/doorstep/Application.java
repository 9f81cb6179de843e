package doorstep;

import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;
import java.util.Map;

public class Application {

    public static void main(String[] args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(Application.class);
        if (noDatabaseConfigured()) {
            Path home = Path.of(System.getProperty("doorstep.home", ".doorstep"));
            EmbeddedDatabase database = EmbeddedDatabase.start(home);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-mariadb-stop"));
            micronaut.properties(Map.of(
                    "datasources.default.url", database.createSchema("doorstep"),
                    "datasources.default.username", "root",
                    "datasources.default.password", ""));
        }
        micronaut.start();
    }

    private static boolean noDatabaseConfigured() {
        return System.getenv("DATASOURCES_DEFAULT_URL") == null
                && System.getProperty("datasources.default.url") == null;
    }
}
