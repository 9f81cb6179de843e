package doorstep.device.capture;

import doorstep.device.api.model.ChildVoice;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A child's voice, as every kind records it: whether the child was seen and spoken to, their own
 * words when they were, and the reason why not when they were not. A child with neither is refused.
 */
final class VoiceCheck {

    private VoiceCheck() {
    }

    /** @param child the child's name as {@link CaptureText#nameOf} gives it */
    static void check(@Nullable ChildVoice voice, String child, List<String> problems) {
        if (voice == null || voice.getSeen() == null || voice.getSpokenTo() == null) {
            problems.add("Say whether " + child + " was seen and spoken to.");
            return;
        }
        boolean seen = voice.getSeen();
        boolean spokenTo = voice.getSpokenTo();
        if (!seen && spokenTo) {
            problems.add(child + " is recorded as spoken to but not seen. Check both answers.");
        } else if (!seen && CaptureCheck.isBlank(voice.getNotSpokenToReason())) {
            problems.add("Say why " + child + " was not seen.");
        } else if (!spokenTo && CaptureCheck.isBlank(voice.getNotSpokenToReason())) {
            problems.add("Say why " + child + " was not spoken to.");
        }
        if (spokenTo && CaptureCheck.isBlank(voice.getOwnWords())) {
            problems.add("Write down what " + child + " said, in their own words.");
        }
        if (spokenTo && voice.getSpokenToAlone() == null) {
            problems.add("Say whether " + child + " was spoken to alone.");
        }
    }
}
