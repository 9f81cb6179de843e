package doorstep.device.account;

/**
 * A sign-in or refresh that did not give a token. Handled by showing {@link SignInFailure#advice()};
 * {@link SignInFailure#NO_SIGNAL} and {@link SignInFailure#SERVICE_TROUBLE} may be retried later,
 * {@link SignInFailure#SIGNED_OUT} means the officer must sign in again.
 */
public final class SignInProblem extends Exception {

    private final SignInFailure failure;

    SignInProblem(SignInFailure failure, Throwable cause) {
        super(failure.name(), cause);
        this.failure = failure;
    }

    SignInProblem(SignInFailure failure) {
        super(failure.name());
        this.failure = failure;
    }

    public SignInFailure failure() {
        return failure;
    }
}
