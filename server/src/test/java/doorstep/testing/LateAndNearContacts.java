package doorstep.testing;

import doorstep.api.model.ContactSummary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A front door a manager should worry about: one contact from the police four fifths of the way to its
 * deadline (near), and one from health referred eight days earlier and long past it (breached). The
 * server's settable clock is left at "now", a Monday morning in December 2026.
 *
 * @param near     the contact near its deadline
 * @param breached the contact past it
 */
public record LateAndNearContacts(UUID near, UUID breached) {

    private static final Instant MONDAY_NINE = LocalDateTime.of(2026, 12, 7, 9, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant();

    /** The two contacts, about children with these given names, seen in the queue by the triager. */
    public static LateAndNearContacts referred(Api api, SettableClock clock, EmulatorUsers.SignedIn triager,
                                               String nearChild, String breachedChild) {
        clock.set(MONDAY_NINE);
        ContactSummary near = contact(api, clock, triager, Referrer.policeOfficer(api, ServerTest.TENANT), nearChild);
        Instant received = near.getReceivedAt().toInstant();
        Instant now = received.plus(Duration.between(received, near.getDueAt().toInstant()).multipliedBy(4).dividedBy(5));
        clock.set(now.minus(Duration.ofDays(8)));
        UUID breached = contact(api, clock, triager, Referrer.enrolled(api,
                EmulatorUsers.signedIn(ServerTest.TENANT, "health", "practitioner")), breachedChild).getContactId();
        clock.set(now);
        return new LateAndNearContacts(near.getContactId(), breached);
    }

    private static ContactSummary contact(Api api, SettableClock clock, EmulatorUsers.SignedIn triager,
                                          Referrer referrer, String child) {
        return Referrer.contactFor(api, triager, referrer.refer(Captures.incident(child, LocalDate.of(2019, 3, 4), 3)
                .occurredAt(clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))));
    }
}
