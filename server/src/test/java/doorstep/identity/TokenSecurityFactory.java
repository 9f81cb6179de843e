package doorstep.identity;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import doorstep.testing.FirebaseBackend;
import doorstep.testing.TokenSigningKey;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Points the Admin SDK at {@link FirebaseBackend} instead of Google, through the HttpTransport and
 * GoogleCredentials seam of {@link FirebaseFactory}. Only in the token-security environment.
 */
@Factory
@Requires(env = TokenSecurityFactory.ENVIRONMENT)
class TokenSecurityFactory {

    static final String ENVIRONMENT = "token-security";

    @Singleton
    FirebaseBackend firebaseBackend() {
        return new FirebaseBackend(TokenSigningKey.generate());
    }

    @Singleton
    GoogleCredentials googleCredentials() {
        return GoogleCredentials.create(new AccessToken(FirebaseBackend.ACCESS_TOKEN, null));
    }
}
