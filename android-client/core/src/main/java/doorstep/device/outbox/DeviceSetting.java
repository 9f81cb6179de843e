package doorstep.device.outbox;

/** The few values the device keeps beside its outbox, each stored as bytes. */
public enum DeviceSetting {
    DEVICE_ID,
    /** The opaque feed cursor of the last page handled. */
    FEED_CURSOR,
    /** The local keyset, wrapped; never stored unwrapped. */
    WRAPPED_KEYSET,
    /** The newest notice of each task the feed brought, encrypted as one record. */
    TASK_NOTICES,
    /** Who each task opened on this phone is about, as the server said then, encrypted as one record. */
    TASK_CHILDREN,
    /** The Firebase refresh token, encrypted by the local vault; empty once signed out. */
    REFRESH_TOKEN,
    /** The tenant's HPKE public keyset from enrolment (public: nothing secret in it). */
    INTAKE_KEY,
    /** The app PIN's salted slow hash, encrypted by the local vault. */
    APP_PIN,
    /** The Firebase uid of the officer this phone belongs to until it is wiped (an id, no secret). */
    OWNER
}
