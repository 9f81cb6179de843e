package doorstep.device.sync;

import com.google.gson.JsonParseException;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.client.JSON;
import doorstep.device.api.model.Problem;

/** How a failed call to the server is handled, and what to say about it. */
enum CallFailure {
    /** No answer, a server fault or too many requests: try again later. */
    TRANSIENT,
    /** The ID token was refused. */
    UNAUTHORISED,
    /** The request itself was refused; sending it again unchanged will not help. */
    REFUSED,
    /** The server has revoked this device: nothing more may be sent from it. */
    REVOKED;

    /** The problem type the server answers a revoked device's calls with (401 or 403). */
    static final String DEVICE_REVOKED = "/problems/device-revoked";

    static CallFailure of(ApiException e) {
        int code = e.getCode();
        if (code == 0 || code >= 500 || code == 429 || code == 408) {
            return TRANSIENT;
        }
        if ((code == 401 || code == 403) && isDeviceRevoked(e)) {
            return REVOKED;
        }
        return code == 401 ? UNAUTHORISED : REFUSED;
    }

    SyncStatus status() {
        return switch (this) {
            case TRANSIENT -> SyncStatus.RETRY_LATER;
            case UNAUTHORISED -> SyncStatus.REAUTH_NEEDED;
            case REFUSED -> SyncStatus.REFUSED;
            case REVOKED -> SyncStatus.DEVICE_REVOKED;
        };
    }

    /** By the problem's type, which is stable, never by its words; the type may be absolute or relative. */
    private static boolean isDeviceRevoked(ApiException e) {
        try {
            Problem problem = JSON.getGson().fromJson(e.getResponseBody(), Problem.class);
            return problem != null && problem.getType() != null && problem.getType().endsWith(DEVICE_REVOKED);
        } catch (JsonParseException | IllegalArgumentException notAProblem) {
            return false;
        }
    }

    /** The server's problem title and detail, which by contract carry no child data. */
    static String describe(ApiException e) {
        if (e.getCode() == 0) {
            return "Could not reach the server. Your captures are safe on this phone and will be sent later.";
        }
        try {
            Problem problem = JSON.getGson().fromJson(e.getResponseBody(), Problem.class);
            if (problem != null) {
                return describe(problem);
            }
        } catch (JsonParseException | IllegalArgumentException notAProblem) {
            // Proxies and load balancers answer with their own bodies; the status code is all we know.
        }
        return "The server answered with HTTP " + e.getCode() + ".";
    }

    static String describe(Problem problem) {
        String detail = problem.getDetail();
        return detail == null || detail.isBlank() ? problem.getTitle() : problem.getTitle() + ": " + detail;
    }
}
