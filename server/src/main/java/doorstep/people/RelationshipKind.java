package doorstep.people;

import java.util.Locale;
import java.util.Optional;

/**
 * What the "from" person is to the "to" person. Each kind has the label shown from either side:
 * a father is the child's "parent"; from the father's side the child is his "child".
 */
public enum RelationshipKind {
    PARENT("parent", "child"),
    STEP_PARENT("step-parent", "child"),
    CARER("carer", "child"),
    PARTNER_OF_PARENT("partner-of-parent", "child"),
    SIBLING("sibling", "sibling"),
    HOUSEHOLD_MEMBER("household-member", "household-member"),
    OTHER_SIGNIFICANT_ADULT("other-significant-adult", "other"),
    /** Someone the child spends time with (a friend, an associate, a partner), as a return home interview names them. */
    ASSOCIATE("associate", "associate"),
    POSES_RISK_TO("poses-a-risk-to-them", "at-risk-from-them");

    private final String seenFromTo;
    private final String seenFromFrom;

    RelationshipKind(String seenFromTo, String seenFromFrom) {
        this.seenFromTo = seenFromTo;
        this.seenFromFrom = seenFromFrom;
    }

    /** What the "from" person is, seen from the "to" person. */
    String labelFromTo() {
        return seenFromTo;
    }

    /** What the "to" person is, seen from the "from" person. */
    String labelFromFrom() {
        return seenFromFrom;
    }

    /** The kind whose "from" label is this wire name, e.g. "poses-a-risk-to-them". */
    public static RelationshipKind fromWire(String wireName) {
        for (RelationshipKind kind : values()) {
            if (kind.seenFromTo.equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no relationship kind " + wireName);
    }

    /**
     * Reads an officer's free-text "relationship to the children" into a kind, where it plainly is
     * one; anything else stays unlinked rather than guessed.
     */
    public static Optional<RelationshipKind> fromOfficersWords(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String text = words.toLowerCase(Locale.ROOT);
        if (text.matches(".*\\b(step[- ]?(father|mother|dad|mum|parent))\\b.*")) {
            return Optional.of(STEP_PARENT);
        }
        if (text.matches(".*\\b(partner|boyfriend|girlfriend)\\b.*")) {
            return Optional.of(PARTNER_OF_PARENT);
        }
        if (text.matches(".*\\b(father|mother|dad|mum|mom|parent)\\b.*")) {
            return Optional.of(PARENT);
        }
        if (text.matches(".*\\b(carer|guardian|foster|kinship)\\b.*")) {
            return Optional.of(CARER);
        }
        if (text.matches(".*\\b(grand(father|mother|parent)|nan|nana|grandad|uncle|aunt|auntie)\\b.*")) {
            return Optional.of(OTHER_SIGNIFICANT_ADULT);
        }
        return Optional.empty();
    }
}
