package doorstep.device.capture;

import doorstep.device.api.client.JSON;
import doorstep.device.api.model.DomesticAbuseIncident;

/**
 * The JSON form of a domestic abuse incident, as sealed into a submission of {@link #KIND}.
 * Uses the API's own Gson, so times are ISO-8601 with offset and dates are yyyy-MM-dd.
 */
public final class DomesticAbuseIncidents {

    /** The submission kind the server knows this capture by. */
    public static final String KIND = "domestic-abuse-incident";

    public static final int SCHEMA_VERSION = 1;

    private DomesticAbuseIncidents() {
    }

    /** The JSON to seal: the incident names its kind, so the server hands it to the right kind of capture. */
    public static String toJson(DomesticAbuseIncident incident) {
        incident.setKind(KIND);
        return JSON.getGson().toJson(incident);
    }

    public static DomesticAbuseIncident fromJson(String json) {
        return JSON.getGson().fromJson(json, DomesticAbuseIncident.class);
    }
}
