package doorstep.notify;

/**
 * A push the service did not take: the device will still find the change when it next pulls its feed,
 * so this is logged (without the token) and never retried or passed to the user. Its message is the
 * service's error code only.
 */
class PushNotSent extends Exception {

    PushNotSent(String code, Throwable cause) {
        super(code, cause);
    }
}
