package doorstep.device.capture;

import doorstep.device.api.client.JSON;
import doorstep.device.api.model.ChildReturned;

/**
 * The JSON form of a "child returned" notice, as sealed into a submission of {@link #KIND}. The
 * server makes a return home interview task of it, with the submission's id as the task's.
 */
public final class ChildReturnedNotices {

    public static final String KIND = "child-returned";

    public static final int SCHEMA_VERSION = 1;

    private ChildReturnedNotices() {
    }

    /** The JSON to seal: the notice names its kind, so the server hands it to the right kind of capture. */
    public static String toJson(ChildReturned notice) {
        notice.setKind(KIND);
        return JSON.getGson().toJson(notice);
    }

    public static ChildReturned fromJson(String json) {
        return JSON.getGson().fromJson(json, ChildReturned.class);
    }
}
