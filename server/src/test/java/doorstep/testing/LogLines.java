package doorstep.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** What a logger wrote while something ran: to check what a log holds, and what it must never hold. */
public final class LogLines {

    /** Something a test does, which may throw. */
    public interface Action {
        void run() throws Exception;
    }

    private LogLines() {
    }

    /** The events the logger (a class's, or {@link Logger#ROOT_LOGGER_NAME}) wrote while the action ran. */
    public static List<ILoggingEvent> during(String loggerName, Action action) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            action.run();
        } finally {
            logger.detachAppender(log);
        }
        return List.copyOf(log.list);
    }
}
