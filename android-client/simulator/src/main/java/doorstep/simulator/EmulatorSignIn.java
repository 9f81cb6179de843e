package doorstep.simulator;

import doorstep.device.account.AuthEndpoint;
import doorstep.device.account.FirebaseAccount;
import doorstep.device.account.PasswordSignIn;
import doorstep.device.account.RefreshTokenSlot;
import doorstep.device.account.SignInProblem;
import doorstep.device.sync.TokenSource;
import java.io.IOException;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * Signs a demo user in through the Firebase Auth emulator with the device core's account, as the app
 * does: once with the password, then by quiet refresh shortly before each ID token expires.
 */
public final class EmulatorSignIn implements TokenSource {

    private final FirebaseAccount account;
    private final String email;
    private final String password;

    public EmulatorSignIn(String emulatorHost, String email, String password, Clock clock) {
        PasswordSignIn signIn = new PasswordSignIn(AuthEndpoint.emulator("http://" + emulatorHost, "any"),
                new OkHttpClient(), clock);
        this.account = new FirebaseAccount(signIn, RefreshTokenSlot.inMemory(), clock);
        this.email = email;
        this.password = password;
    }

    @Override
    public synchronized String idToken() throws IOException {
        if (!account.isSignedIn()) {
            try {
                account.signIn(email, password);
            } catch (SignInProblem problem) {
                throw new IOException("Sign-in for " + email + " failed (" + problem.failure()
                        + "); is ./doorstep run running?", problem);
            }
        }
        return account.idToken();
    }
}
