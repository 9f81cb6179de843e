package doorstep.console;

/**
 * Ends a console request in the GOV.UK "Page not found" page (404): thrown where a page is asked for
 * something that does not exist for this user, another tenant's contact included, so the two cannot
 * be told apart. Expected, not a bug: {@link ConsolePageNotFoundHandler} renders it; it carries no message,
 * so nothing of the request can reach a log or the page.
 */
final class ConsolePageNotFound extends RuntimeException {

    ConsolePageNotFound() {
        super(null, null, false, false);
    }
}
