package doorstep.field.lock;

import android.app.Activity;
import android.content.Context;
import android.content.pm.PackageManager;
import android.hardware.biometrics.BiometricManager;
import android.hardware.biometrics.BiometricPrompt;
import android.os.Build;
import android.os.CancellationSignal;

/** Fingerprint or face unlock through the framework's BiometricPrompt, where the phone has one enrolled. */
final class BiometricUnlock {

    private BiometricUnlock() {
    }

    static boolean isAvailable(Context context) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
            BiometricManager biometrics = context.getSystemService(BiometricManager.class);
            return biometrics != null
                    && biometrics.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                            == BiometricManager.BIOMETRIC_SUCCESS;
        }
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.Q) {
            BiometricManager biometrics = context.getSystemService(BiometricManager.class);
            return biometrics != null && biometrics.canAuthenticate() == BiometricManager.BIOMETRIC_SUCCESS;
        }
        return Build.VERSION.SDK_INT >= Build.VERSION_CODES.P
                && context.getPackageManager().hasSystemFeature(PackageManager.FEATURE_FINGERPRINT);
    }

    /** Asks for the fingerprint or face; {@code unlocked} runs on the main thread when it matches. */
    static void ask(Activity activity, String title, String usePin, Runnable unlocked) {
        BiometricPrompt prompt = new BiometricPrompt.Builder(activity)
                .setTitle(title)
                .setNegativeButton(usePin, activity.getMainExecutor(), (dialog, which) -> { })
                .build();
        prompt.authenticate(new CancellationSignal(), activity.getMainExecutor(),
                new BiometricPrompt.AuthenticationCallback() {
                    @Override
                    public void onAuthenticationSucceeded(BiometricPrompt.AuthenticationResult result) {
                        unlocked.run();
                    }
                });
    }
}
