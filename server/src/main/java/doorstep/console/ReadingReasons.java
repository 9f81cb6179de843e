package doorstep.console;

import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The reasons readers give before a contact opened without a task is shown, kept so the record is shown
 * on a GET whose address names only the reason's random id (Post/Redirect/Get): a reload is a new,
 * audited reading for the same reason. A reason serves its own reader, tenant and contact only, while
 * younger than {@code doorstep.console.reason-life}. Rows older than a day go as new ones are written,
 * except those of "another reason": the audit entries of those readings name them, and they keep the
 * reader's words, sealed, for as long as the audit log is kept.
 */
@Singleton
class ReadingReasons {

    private static final Duration KEPT = Duration.ofDays(1);

    private final ReadingReasonRepository rows;
    private final FieldCipher cipher;
    private final Duration life;
    private final Clock clock;

    ReadingReasons(ReadingReasonRepository rows, FieldCipher cipher, ConsoleConfiguration configuration, Clock clock) {
        this.rows = rows;
        this.cipher = cipher;
        this.life = configuration.reasonLife();
        this.clock = clock;
    }

    /** Keeps the reason given (the words typed only for "another reason", sealed) and says its id. */
    UUID remember(Caller reader, UUID contactId, ReadingPurpose chosen, String otherReason) {
        Instant now = clock.instant();
        rows.deleteByGivenAtLessThanAndReasonNotEqual(now.minus(KEPT.compareTo(life) > 0 ? KEPT : life),
                ReadingPurpose.OTHER.code());
        UUID id = UUID.randomUUID();
        ReadingReason row = new ReadingReason(id, reader.tenantId(), reader.uid(), contactId, chosen.code(), null, now);
        rows.save(chosen != ReadingPurpose.OTHER ? row
                : row.withOtherReason(cipher.seal(otherReason, row.sealedTo(), ReadingReason.OTHER_REASON_FIELD)));
        return id;
    }

    /**
     * The audit purpose of the reason with this id, if this reader gave it for this contact and it is still
     * young; empty for anything else (an id malformed, unknown, another's or expired), so the reader is asked again.
     */
    Optional<String> purpose(Caller reader, UUID contactId, String reasonId) {
        Instant now = clock.instant();
        return Forms.id(reasonId).flatMap(rows::findById)
                .filter(row -> row.givenBy(reader, contactId))
                .filter(row -> now.isBefore(row.givenAt().plus(life)))
                .flatMap(row -> ReadingPurpose.fromReason(row.reason()).map(chosen -> chosen.purpose(row.id())));
    }
}
