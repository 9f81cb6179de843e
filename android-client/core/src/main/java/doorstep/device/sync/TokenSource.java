package doorstep.device.sync;

import java.io.IOException;

/** Supplies the signed-in officer's Firebase ID token; asked once at the start of every sync run. */
public interface TokenSource {

    /**
     * @return a current ID token, or null or blank when nobody is signed in (the run stops: re-auth needed)
     * @throws IOException when a token cannot be fetched just now; the run is retried later
     */
    String idToken() throws IOException;
}
