package doorstep;

import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;

public class Application {

    public static void main(String[] args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(Application.class);
        if (!EmbeddedDatabase.datasourceConfigured()) {
            Path home = Path.of(System.getProperty("doorstep.home", ".doorstep"));
            EmbeddedDatabase database = EmbeddedDatabase.start(home);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-mariadb-stop"));
            micronaut.properties(database.datasourceProperties("doorstep"));
        }
        micronaut.start();
    }
}
