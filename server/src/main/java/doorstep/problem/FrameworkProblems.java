package doorstep.problem;

/**
 * The problems for refusals the HTTP stack makes before any capability sees the request: framing it
 * cannot trust, parts over a size limit, a status with no more to say. Types are stable; details say
 * what to change and never quote the request.
 */
public final class FrameworkProblems {

    private FrameworkProblems() {
    }

    /** The request's length or headers cannot be read unambiguously; the connection is closed after it. */
    public static Problem malformedMessage() {
        return Problem.of("malformed-message", "The request is not valid HTTP", 400,
                "Its length or headers could not be read unambiguously, so nothing was done and the connection was closed. "
                        + "Send one Content-Length, or 'Transfer-Encoding: chunked' alone.");
    }

    /** RFC 9112 section 6.1: a transfer coding the server does not understand. */
    public static Problem unsupportedTransferCoding() {
        return Problem.of("unsupported-transfer-coding", "Transfer coding not supported", 501,
                "Only 'chunked' is understood, as the only transfer coding; nothing was done and the connection was closed.");
    }

    public static Problem headersTooLarge() {
        return Problem.of("headers-too-large", "Request headers too large", 431,
                "The request's headers are over the size limit; send fewer or shorter headers.");
    }

    public static Problem uriTooLong() {
        return Problem.of("uri-too-long", "Address too long", 414,
                "The address is over the length limit; send long values in the body, not the address.");
    }

    public static Problem crossOriginRefused() {
        return Problem.of("cross-origin-refused", "This web page may not call Doorstep", 403,
                "Requests from this origin are not allowed.");
    }

    /** What a status says when nothing more specific is known. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.of("malformed-request", "The request could not be read", 400,
                    "Check the address and its query (percent-encoded, each value once) and, if the request has one, "
                            + "that the body is valid JSON for this endpoint.");
            case 401 -> Problem.of("unauthenticated", "Sign in again", 401, null);
            case 403 -> Problem.of("forbidden", "Your role does not allow this", 403, null);
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, null);
            case 413 -> Problem.of("body-too-large", "Request too large", 413,
                    "The request body is over the size limit; send fewer items per batch.");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send application/json.");
            default -> status >= 500
                    ? Problem.of("server-error", "Something went wrong on our side", status,
                    "Nothing was stored for this request. Try again; if it keeps failing, tell the service desk.")
                    : Problem.of("request-refused", "The request was refused", status,
                    status == 406 ? "Doorstep answers in JSON: accept application/json or application/problem+json." : null);
        };
    }
}
