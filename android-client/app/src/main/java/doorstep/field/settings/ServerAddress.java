package doorstep.field.settings;

import android.content.Context;
import android.content.SharedPreferences;
import doorstep.field.R;

/**
 * The server the app talks to: the one the officer last signed in to, else the build's default
 * ({@code ./doorstep apk --server URL}).
 */
public final class ServerAddress {

    private static final String FILE = "doorstep.settings";
    private static final String KEY = "server_address";

    private final SharedPreferences settings;
    private final String buildDefault;

    public ServerAddress(Context context) {
        this.settings = context.getSharedPreferences(FILE, Context.MODE_PRIVATE);
        this.buildDefault = context.getString(R.string.default_server_address);
    }

    public String current() {
        return settings.getString(KEY, buildDefault);
    }

    public void remember(String address) {
        settings.edit().putString(KEY, address).apply();
    }
}
