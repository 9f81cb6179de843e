package doorstep.field.testing;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.view.View;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders an Activity's window to a PNG in the build output (target/screenshots), so each screen can
 * be looked at after a build. Needs {@code @GraphicsMode(NATIVE)} on the test class for real drawing.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static File write(Activity activity, String name) {
        View window = activity.getWindow().getDecorView();
        Bitmap bitmap = Bitmap.createBitmap(window.getWidth(), window.getHeight(), Bitmap.Config.ARGB_8888);
        window.draw(new Canvas(bitmap));
        File file = new File(System.getProperty("doorstep.screenshots", "target/screenshots"), name + ".png");
        file.getParentFile().mkdirs();
        try (OutputStream out = new FileOutputStream(file)) {
            bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the screenshot " + file, e);
        }
        return file;
    }
}
