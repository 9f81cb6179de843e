package doorstep.identity;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.internal.FirebaseProcessEnvironment;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;

/**
 * The Firebase Admin SDK for this server. Emulator mode skips token signature checks, so it is
 * allowed only when the dev or test environment is active; otherwise the server refuses to start.
 * An {@link HttpTransport} or {@link GoogleCredentials} bean, where one exists, replaces the SDK's
 * own: the seam tests use to serve signing certificates without reaching Google.
 */
@Factory
@Requires(notEnv = "cli")
class FirebaseFactory {

    static final String EMULATOR_VARIABLE = "FIREBASE_AUTH_EMULATOR_HOST";
    private static final Set<String> EMULATOR_ENVIRONMENTS = Set.of("dev", "test");

    @Context
    @Bean(preDestroy = "delete")
    FirebaseApp firebaseApp(IdentityConfiguration configuration, Environment environment,
                            @Nullable HttpTransport transport, @Nullable GoogleCredentials credentials) {
        String emulatorHost = emulatorHost(configuration);
        if (emulatorHost != null && environment.getActiveNames().stream().noneMatch(EMULATOR_ENVIRONMENTS::contains)) {
            throw new IllegalStateException("The Firebase Auth emulator (" + EMULATOR_VARIABLE + "=" + emulatorHost
                    + ") does not check token signatures; it is allowed only in a development run "
                    + "(MICRONAUT_ENVIRONMENTS=dev). Unset it to use real Firebase.");
        }
        if (emulatorHost != null) {
            FirebaseProcessEnvironment.setenv(EMULATOR_VARIABLE, emulatorHost);
        } else {
            FirebaseProcessEnvironment.clearCache();
        }
        FirebaseOptions.Builder options = FirebaseOptions.builder().setProjectId(configuration.projectId());
        if (credentials != null) {
            options.setCredentials(credentials);
        } else {
            options.setCredentials(emulatorHost != null ? emulatorCredentials() : applicationDefaultCredentials());
        }
        if (transport != null) {
            options.setHttpTransport(transport);
        }
        // A unique name per application context: tests start several in one JVM.
        return FirebaseApp.initializeApp(options.build(), "doorstep-" + UUID.randomUUID());
    }

    @Bean
    FirebaseAuth firebaseAuth(FirebaseApp app) {
        return FirebaseAuth.getInstance(app);
    }

    /** The emulator in use, from the environment or configuration; null when tokens are checked in full. */
    @Nullable
    static String emulatorHost(IdentityConfiguration configuration) {
        String fromEnvironment = System.getenv(EMULATOR_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return configuration.authEmulatorHost() == null || configuration.authEmulatorHost().isBlank()
                ? null : configuration.authEmulatorHost();
    }

    private static GoogleCredentials emulatorCredentials() {
        return GoogleCredentials.create(new AccessToken("owner", null));
    }

    private static GoogleCredentials applicationDefaultCredentials() {
        try {
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("No Google credentials found: set GOOGLE_APPLICATION_CREDENTIALS "
                    + "or run on a platform that provides them", e);
        }
    }
}
