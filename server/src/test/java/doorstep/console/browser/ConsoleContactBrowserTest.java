package doorstep.console.browser;

import doorstep.api.model.ContactSummary;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact page in a real browser: read from the queue or for a reason given, claimed, refused, given back. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleContactBrowserTest extends BrowserTest {

    private static final List<String> SECTIONS = List.of("The children's voices", "What happened: the incident",
            "Each child's network", "Contact history");

    @Test
    void aTriagerOpensAContactFromTheQueueClaimsItAndGivesItBack() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        UUID contactId = newContact(triager);
        SignInPage.open(chromium).signInAs(triager.email(), EmulatorUsers.PASSWORD);

        ContactPage contact = ContactPage.openFromQueue(chromium, contactId);
        contact.check("contact");
        assertEquals(SECTIONS, contact.sections());
        assertEquals("Nobody", contact.summary("Claimed by"));

        ContactPage claimed = contact.claim();
        claimed.check("contact-claimed");
        assertEquals(Optional.of("You have claimed this contact"), claimed.banner());
        assertEquals("You", claimed.summary("Claimed by"));
        assertTrue(claimed.recordDecisionHref().orElseThrow().endsWith("/console/contacts/" + contactId + "/decision"));

        ContactPage released = claimed.release();
        assertEquals(Optional.of("You have given this contact back to the queue"), released.banner());
        assertTrue(released.offersClaim());
    }

    @Test
    void aSecondTriagerIsToldWhoHoldsTheContactInsteadOfClaimingIt() {
        SignedIn first = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        SignedIn second = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        UUID contactId = newContact(first);
        SignInPage.open(chromium).signInAs(second.email(), EmulatorUsers.PASSWORD);
        ContactPage seen = ContactPage.openFromQueue(chromium, contactId);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), first, ContactSummary.class);

        ContactPage refused = seen.claimRefused();

        refused.check("contact-claim-refused");
        assertEquals(Optional.of("You cannot claim this contact. Another triager is working on this contact. "
                + "It is claimed by " + first.email() + "."), refused.banner());
        assertFalse(refused.offersClaim());
    }

    @Test
    void aContactOpenedWithoutATaskAsksWhyFirst() {
        SignedIn triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        UUID contactId = newContact(triager);
        SignInPage.open(chromium).signInAs(triager.email(), EmulatorUsers.PASSWORD);

        ReasonPage asked = ReasonPage.open(chromium, contactId);
        asked.check("contact-reason");
        ReasonPage refused = asked.continueWithoutAReason();
        refused.check("contact-reason-error");
        assertEquals(List.of("Select why you are looking at this record"), refused.errorSummaryLinks());

        ContactPage contact = refused.giveOtherReason("Court asked for the chronology");
        assertEquals(SECTIONS, contact.sections());
        assertTrue(chromium.path().matches("/console/contacts/" + contactId + "\\?reason=[0-9a-f-]{36}"),
                "the record is at an address of its own, naming the reason by an id only: " + chromium.path());
        assertFalse(chromium.path().toLowerCase().contains("chronology"), chromium.path());

        ContactPage reloaded = contact.reload();
        assertEquals(SECTIONS, reloaded.sections());
    }

    private UUID newContact(SignedIn triager) {
        return Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incident("Zebedee", LocalDate.now().minusYears(4), 14))).getContactId();
    }
}
