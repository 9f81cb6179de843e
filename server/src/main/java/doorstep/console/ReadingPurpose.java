package doorstep.console;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Why a contact is being read, as its audit entry records it: the task a console link says the reader
 * came from ({@code ?from=queue}: a task's name, never personal data), or the reason they chose on the
 * "Why are you looking at this record?" form, which is posted and kept ({@link ReadingReasons}), never put in a URL.
 */
enum ReadingPurpose {
    FROM_QUEUE("queue", false, "MASH triage, opened from the queue"),
    FROM_OVERSIGHT("oversight", false, "MASH oversight, opened from the manager's view"),
    FROM_CONTACT("contact", false, "MASH triage, opened from a related contact"),
    FROM_DECISION("decision", false, "MASH triage, back from the decision form"),
    AFTER_CLAIM("claimed", false, "MASH triage, after claiming it"),
    AFTER_RELEASE("released", false, "MASH triage, after giving it back"),
    // the reasons the form offers (contact-reason.jte shows them with these values)
    TRIAGE("triage", true, "MASH triage, reason given on the console"),
    OVERSIGHT("oversight-check", true, "MASH oversight, reason given on the console"),
    PARTNER_ENQUIRY("partner-enquiry", true, "Enquiry from a partner agency, reason given on the console"),
    OTHER("other", true, "Other reason given on the console, kept sealed as reading reason ");

    /** The longest "other" reason: a reason, not a case note. */
    static final int OTHER_REASON_LIMIT = 150;
    /** The shortest: "check" says something; "ok" does not. */
    static final int OTHER_REASON_LEAST = 5;

    private final String code;
    private final boolean asked;
    private final String purpose;

    ReadingPurpose(String code, boolean asked, String purpose) {
        this.code = code;
        this.asked = asked;
        this.purpose = purpose;
    }

    /** The task a link names, or empty for none or one the console does not know (then the reader is asked why). */
    static Optional<ReadingPurpose> fromTask(@Nullable String from) {
        return Arrays.stream(values()).filter(p -> !p.asked && p.code.equals(from)).findFirst();
    }

    /** The reason chosen on the form, or empty for none. */
    static Optional<ReadingPurpose> fromReason(@Nullable String reason) {
        return Arrays.stream(values()).filter(p -> p.asked && p.code.equals(reason)).findFirst();
    }

    String code() {
        return code;
    }

    String purpose() {
        return purpose;
    }

    /**
     * The purpose for the audit entry. The reader's own words for "another reason" may name someone, and
     * the audit log is not sealed: it names the sealed row that keeps them instead.
     */
    String purpose(UUID reasonId) {
        return this == OTHER ? purpose + reasonId : purpose;
    }
}
