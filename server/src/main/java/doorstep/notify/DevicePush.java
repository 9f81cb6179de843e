package doorstep.notify;

/** Sends one message to one device by its push token. */
interface DevicePush {

    /**
     * @throws PushNotSent when the push service refused or could not be reached; the caller carries on,
     *                     since the device also pulls its feed
     */
    void send(String pushToken, PushMessage message) throws PushNotSent;
}
