/**
 * What every capture form shares: the typed answers as a draft that is saved, encrypted, a moment
 * after each change and whenever the screen pauses; the offer to carry on with a draft after the app
 * was closed or killed; and sending, which runs the device core's check and seals only a capture
 * that passes it. Each kind of capture is a {@link doorstep.field.capture.CaptureForm}.
 */
@ParametersAreNonnullByDefault
package doorstep.field.capture;

import javax.annotation.ParametersAreNonnullByDefault;
