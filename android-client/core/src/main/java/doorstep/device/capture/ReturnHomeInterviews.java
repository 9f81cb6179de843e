package doorstep.device.capture;

import doorstep.device.api.client.JSON;
import doorstep.device.api.model.ReturnHomeInterview;

/** The JSON form of a return home interview, as sealed into a submission of {@link #KIND}. */
public final class ReturnHomeInterviews {

    public static final String KIND = "return-home-interview";

    public static final int SCHEMA_VERSION = 1;

    /** The exploitation signs checklist this app's screens ask; the server refuses one it does not know. */
    public static final String CHECKLIST_ID = "exploitation-signs";
    public static final String CHECKLIST_VERSION = "2026.1";

    private ReturnHomeInterviews() {
    }

    /** The JSON to seal: the interview names its kind, so the server hands it to the right kind of capture. */
    public static String toJson(ReturnHomeInterview interview) {
        interview.setKind(KIND);
        return JSON.getGson().toJson(interview);
    }

    public static ReturnHomeInterview fromJson(String json) {
        return JSON.getGson().fromJson(json, ReturnHomeInterview.class);
    }
}
