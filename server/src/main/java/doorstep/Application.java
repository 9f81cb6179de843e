package doorstep;

import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;

public class Application {

    public static void main(String[] args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(Application.class);
        if (!EmbeddedDatabase.datasourceConfigured()) {
            Path home = Path.of(System.getProperty("doorstep.home", ".doorstep"));
            EmbeddedDatabase database = EmbeddedDatabase.start(home);
            micronaut.properties(database.datasourceProperties("doorstep"));
            EmbeddedApplication<?> server = micronaut.start().getBean(EmbeddedApplication.class);
            // The JVM runs exit hooks at once: Micronaut's, which stops this same server, may still be signing
            // the last audit checkpoints. Stopping it here (synchronized, and in the order Micronaut's hook
            // takes its locks: server, then context) does that work or waits until it is done.
            database.atExitFirst(server::stop);
        } else {
            micronaut.start();
        }
    }
}
