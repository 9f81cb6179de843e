package doorstep.field.lock;

import android.app.Activity;
import android.app.Application;
import android.os.Bundle;
import doorstep.device.lock.LockPolicy;
import java.util.function.Supplier;

/**
 * Tells the {@link LockPolicy} when the whole app leaves the screen (not when one of its screens
 * replaces another, nor on a rotation), and whether the screen it left showed a child's data.
 */
public final class BackgroundLock implements Application.ActivityLifecycleCallbacks {

    private final Supplier<LockPolicy> lock;
    private int started;

    public BackgroundLock(Supplier<LockPolicy> lock) {
        this.lock = lock;
    }

    @Override
    public void onActivityStarted(Activity activity) {
        started++;
    }

    @Override
    public void onActivityStopped(Activity activity) {
        started = Math.max(0, started - 1);
        if (started == 0 && !activity.isChangingConfigurations()) {
            lock.get().wentToBackground(activity instanceof ChildDataActivity);
        }
    }

    @Override
    public void onActivityCreated(Activity activity, Bundle savedInstanceState) {
    }

    @Override
    public void onActivityResumed(Activity activity) {
    }

    @Override
    public void onActivityPaused(Activity activity) {
    }

    @Override
    public void onActivitySaveInstanceState(Activity activity, Bundle outState) {
    }

    @Override
    public void onActivityDestroyed(Activity activity) {
    }
}
