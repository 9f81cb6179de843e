package doorstep.device.capture;

import doorstep.device.api.client.JSON;
import doorstep.device.api.model.EarlyHelpVisit;

/** The JSON form of an early help visit, as sealed into a submission of {@link #KIND}. */
public final class EarlyHelpVisits {

    public static final String KIND = "early-help-visit";

    public static final int SCHEMA_VERSION = 1;

    /** The visit form this app's screens are; the server refuses a form version it does not know. */
    public static final String FORM_VERSION = "2026.1";

    private EarlyHelpVisits() {
    }

    /** The JSON to seal: the visit names its kind, so the server hands it to the right kind of capture. */
    public static String toJson(EarlyHelpVisit visit) {
        visit.setKind(KIND);
        return JSON.getGson().toJson(visit);
    }

    public static EarlyHelpVisit fromJson(String json) {
        return JSON.getGson().fromJson(json, EarlyHelpVisit.class);
    }
}
