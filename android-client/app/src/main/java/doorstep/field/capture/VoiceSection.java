package doorstep.field.capture;

import doorstep.device.api.model.ChildVoice;

/**
 * The child's voice, the same on every form: seen? spoken to? alone? their own words, word for word;
 * how they seemed; their wishes and feelings; who they feel safe with; or why they were not seen or
 * spoken to. The words each field "finds" are those the core check uses about it.
 */
public final class VoiceSection {

    private VoiceSection() {
    }

    /**
     * Call {@link FormViews#about} for the child first.
     *
     * @param prefix the child's keys, e.g. "child.0."
     * @param name the child as the labels name them
     */
    public static void build(FormViews form, String prefix, String name) {
        form.subheading(possessive(name) + " voice");
        form.help("What " + name + " said and how they seemed. If you could not see or speak to them, say why.");
        form.yesNo(prefix + "voice.seen", "Did you see " + name + "?", "seen and spoken");
        form.yesNo(prefix + "voice.spokenTo", "Did you speak to " + name + "?", "spoken to but not seen");
        form.yesNo(prefix + "voice.alone", "Did you speak to " + name + " alone?", "spoken to alone");
        form.text(prefix + "voice.ownWords", "What " + name + " said, in their own words",
                "Word for word, as they said it. Do not tidy it up.", Input.WORDS, "own words");
        form.text(prefix + "voice.demeanour", "How " + name + " seemed", Input.WORDS, "seemed");
        form.text(prefix + "voice.wishes", possessive(name) + " wishes and feelings", Input.WORDS, "wishes and feelings");
        form.text(prefix + "voice.safeWith", "Who " + name + " feels safe with", Input.LINE, "feels safe with");
        form.text(prefix + "voice.reason", "If you did not see or speak to " + name + ", why not", Input.WORDS, "why");
    }

    public static ChildVoice read(FormReader reader, String prefix) {
        return new ChildVoice()
                .seen(reader.yesNo(prefix + "voice.seen"))
                .spokenTo(reader.yesNo(prefix + "voice.spokenTo"))
                .spokenToAlone(reader.yesNo(prefix + "voice.alone"))
                .ownWords(reader.text(prefix + "voice.ownWords"))
                .demeanour(reader.text(prefix + "voice.demeanour"))
                .wishesAndFeelings(reader.text(prefix + "voice.wishes"))
                .feelsSafeWith(reader.text(prefix + "voice.safeWith"))
                .notSpokenToReason(reader.text(prefix + "voice.reason"));
    }

    static String possessive(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "'s";
    }
}
