package doorstep.device.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.MasterKeys;
import doorstep.device.testing.MovableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in through Firebase Auth's REST API (as the emulator and Google answer), and refreshing quietly. */
class FirebaseAccountTest {

    private static final String PASSWORD = "correct-horse-7";

    private final MockWebServer auth = new MockWebServer();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T02:00:00Z"));
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private KeyWrapper keys;
    private FirebaseAccount account;

    @BeforeEach
    void start() throws Exception {
        auth.start();
        keys = MasterKeys.fresh();
        LocalVault vault = LocalVault.open(keys, store.keysetSlot());
        account = new FirebaseAccount(signIn(), new VaultedRefreshToken(store, vault), clock);
    }

    @AfterEach
    void stop() throws IOException {
        auth.shutdown();
    }

    @Test
    void signingInGivesTheIdTokenAndKeepsTheRefreshTokenOnlyEncrypted() throws Exception {
        auth.enqueue(signedIn("id-1", "refresh-secret-1"));

        Session session = account.signIn("officer@demo.doorstep.test", PASSWORD);

        assertEquals("id-1", session.idToken());
        assertEquals("id-1", account.currentIdToken());
        String stored = new String(store.setting(DeviceSetting.REFRESH_TOKEN).orElseThrow(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("refresh-secret-1"), "the refresh token must be stored encrypted");
        RecordedRequest request = auth.takeRequest();
        assertEquals("/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=test-key", request.getPath());
    }

    @Test
    void theIdTokenIsRefreshedQuietlyFiveMinutesBeforeItExpires() throws Exception {
        auth.enqueue(signedIn("id-1", "refresh-1"));
        account.signIn("officer@demo.doorstep.test", PASSWORD);
        clock.advance(Duration.ofMinutes(54));
        assertEquals("id-1", account.currentIdToken());

        auth.enqueue(refreshed("id-2", "refresh-2"));
        clock.advance(Duration.ofMinutes(1));

        assertEquals("id-2", account.currentIdToken());
        auth.takeRequest();
        RecordedRequest refresh = auth.takeRequest();
        assertEquals("/securetoken.googleapis.com/v1/token?key=test-key", refresh.getPath());
        assertEquals("grant_type=refresh_token&refresh_token=refresh-1", refresh.getBody().readUtf8());
    }

    @Test
    void aNewProcessRefreshesFromTheKeptRefreshTokenWithoutThePassword() throws Exception {
        auth.enqueue(signedIn("id-1", "refresh-1"));
        account.signIn("officer@demo.doorstep.test", PASSWORD);
        LocalVault sameKeys = LocalVault.open(keys, store.keysetSlot());
        FirebaseAccount afterRestart = new FirebaseAccount(signIn(), new VaultedRefreshToken(store, sameKeys), clock);

        auth.enqueue(refreshed("id-2", "refresh-2"));

        assertTrue(afterRestart.isSignedIn());
        assertEquals("id-2", afterRestart.currentIdToken());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailReadTheSame() {
        auth.enqueue(error("INVALID_PASSWORD"));
        auth.enqueue(error("EMAIL_NOT_FOUND"));

        assertEquals(SignInFailure.WRONG_PASSWORD, failureOf(() -> account.signIn("officer@demo.doorstep.test", "nope")));
        assertEquals(SignInFailure.WRONG_PASSWORD, failureOf(() -> account.signIn("nobody@demo.doorstep.test", "nope")));
        assertEquals("That email address and password do not match. Check them and try again.",
                SignInFailure.WRONG_PASSWORD.advice());
    }

    @Test
    void tooManyAttemptsAndADisabledAccountSayWhatToDo() {
        auth.enqueue(error("TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled"));
        auth.enqueue(error("USER_DISABLED"));

        assertEquals(SignInFailure.TOO_MANY_ATTEMPTS, failureOf(() -> account.signIn("officer@demo.doorstep.test", "x")));
        assertEquals(SignInFailure.ACCOUNT_DISABLED, failureOf(() -> account.signIn("officer@demo.doorstep.test", "x")));
    }

    @Test
    void noSignalIsToldApartFromAWrongPassword() throws IOException {
        auth.shutdown();

        assertEquals(SignInFailure.NO_SIGNAL, failureOf(() -> account.signIn("officer@demo.doorstep.test", PASSWORD)));
    }

    @Test
    void aRevokedRefreshTokenSignsTheOfficerOut() throws Exception {
        auth.enqueue(signedIn("id-1", "refresh-1"));
        account.signIn("officer@demo.doorstep.test", PASSWORD);
        clock.advance(Duration.ofHours(2));
        auth.enqueue(error("TOKEN_EXPIRED"));

        assertEquals(SignInFailure.SIGNED_OUT, failureOf(account::currentIdToken));
        assertFalse(account.isSignedIn());
        assertNull(account.idToken(), "the sync engine reads null as: sign in again");
    }

    @Test
    void theSyncEngineIsToldToRetryWhenThereIsNoSignalForARefresh() throws Exception {
        auth.enqueue(signedIn("id-1", "refresh-1"));
        account.signIn("officer@demo.doorstep.test", PASSWORD);
        clock.advance(Duration.ofHours(2));
        auth.shutdown();

        assertThrows(IOException.class, account::idToken);
        assertTrue(account.isSignedIn(), "no signal must not sign the officer out");
    }

    @Test
    void neitherThePasswordNorATokenAppearsInAProblemOrASession() throws Exception {
        auth.enqueue(error("INVALID_PASSWORD"));
        SignInProblem problem = assertThrows(SignInProblem.class, () -> account.signIn("officer@demo.doorstep.test", PASSWORD));
        auth.enqueue(signedIn("id-secret", "refresh-secret"));
        Session session = account.signIn("officer@demo.doorstep.test", PASSWORD);

        assertFalse(problem.getMessage().contains(PASSWORD));
        assertFalse(session.toString().contains("secret"));
    }

    private PasswordSignIn signIn() {
        AuthEndpoint endpoint = AuthEndpoint.emulator(auth.url("/").toString(), "test-key");
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
        return new PasswordSignIn(endpoint, http, clock);
    }

    private interface Attempt {
        Object run() throws SignInProblem;
    }

    private static SignInFailure failureOf(Attempt attempt) {
        return assertThrows(SignInProblem.class, attempt::run).failure();
    }

    private static MockResponse signedIn(String idToken, String refreshToken) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"localId\":\"uid-1\",\"idToken\":\""
                + idToken + "\",\"refreshToken\":\"" + refreshToken + "\",\"expiresIn\":\"3600\"}");
    }

    private static MockResponse refreshed(String idToken, String refreshToken) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"user_id\":\"uid-1\",\"id_token\":\""
                + idToken + "\",\"refresh_token\":\"" + refreshToken + "\",\"expires_in\":\"3600\"}");
    }

    private static MockResponse error(String message) {
        return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"code\":400,\"message\":\"" + message + "\"}}");
    }
}
