package doorstep.console.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** axe-core, run inside the page against the WCAG 2.2 A and AA rules. */
public final class Axe {

    /** Set by surefire from the reactor's root: tools/node_modules/axe-core/axe.min.js. */
    static final String SCRIPT_PROPERTY = "doorstep.axe.script";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
               .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                     + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(error => done(['axe could not run: ' + error]));
            """;
    private static String script;

    private Axe() {
    }

    /** Each rule the page breaks: its id, impact, help and the elements that break it. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(script());
        return (List<String>) page.executeAsyncScript(RUN);
    }

    private static synchronized String script() {
        if (script == null) {
            String where = System.getProperty(SCRIPT_PROPERTY, "");
            Path path = Path.of(where);
            if (where.isEmpty() || !Files.isRegularFile(path)) {
                throw new AssertionError("axe-core is missing (" + (where.isEmpty() ? "no " + SCRIPT_PROPERTY + " set" : where)
                        + "): ./doorstep test installs it into tools/node_modules; run Maven from the repository's root.");
            }
            try {
                script = Files.readString(path);
            } catch (IOException e) {
                throw new AssertionError("could not read axe-core at " + path, e);
            }
        }
        return script;
    }
}
