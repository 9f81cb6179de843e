package doorstep.console;

import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact page: the children's voices first, reads audited with their purpose, claim and release by form. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleContactTest extends ApiTest implements WithSettableClock {

    private static final String CHILD = "Zebedee";
    private static final String ASKED = "Why are you looking at this record?";
    private static final String WELFARE_CHECK = "School asked for a welfare check";
    private static final Pattern REASON_ADDRESS = Pattern.compile(
            "/console/contacts/([0-9a-f-]{36})\\?reason=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    SettableClock clock;

    private ConsoleBrowser browser;
    private StoredRows rows;
    private SignedIn triager;
    private String session;


    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        rows = new StoredRows(dataSource);
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = new ConsoleBrowser(server.getURL());
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        session = browser.sessionOf(triager);
    }

    @Test
    void thePageOpensWithTheChildrensVoicesThenWhatHappenedThenTheNetworkThenTheHistory() throws Exception {
        UUID contactId = newContact();

        var page = browser.get("/console/contacts/" + contactId + "?from=queue", session);

        String body = page.body();
        assertEquals(200, page.statusCode(), body);
        int voices = body.indexOf("The children's voices");
        int ownWords = body.indexOf(Captures.CHILD_WORDS);
        int happened = body.indexOf("What happened");
        int network = body.indexOf("Each child's network");
        int history = body.indexOf("Contact history");
        assertTrue(voices > 0 && voices < ownWords && ownWords < happened && happened < network && network < history,
                "voices " + voices + ", own words " + ownWords + ", what happened " + happened + ", network " + network
                        + ", history " + history);
        assertTrue(body.contains("Yes, alone"), "spoken to alone, in words");
        assertTrue(body.contains("Wants Mummy to be safe"), "wishes and feelings");
        assertTrue(body.contains("Neighbour called police after hearing shouting."), "what happened");
    }

    @Test
    void noChildsNameInTheTitleOrInAnyAddressOnThePage() throws Exception {
        UUID contactId = newContact();

        String body = browser.get("/console/contacts/" + contactId + "?from=queue", session).body();

        assertTrue(body.contains("<title>Contact – Doorstep MASH</title>"), body);
        assertTrue(body.contains(CHILD), "the name is on the page itself");
        Matcher addresses = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(body);
        int seen = 0;
        while (addresses.find()) {
            seen++;
            assertFalse(addresses.group(1).contains(CHILD) || addresses.group(1).contains("Smith"), addresses.group(1));
        }
        assertTrue(seen > 5, "the page's addresses were checked");
    }

    @Test
    void theQueueLinksEachContactToItsPageAsOpenedFromTheQueue() throws Exception {
        UUID contactId = newContact();

        String queue = browser.get("/console/queue", session).body();

        assertTrue(queue.contains("href=\"/console/contacts/" + contactId + "?from=queue\""), queue);
    }

    @Test
    void aReadFromTheQueueIsAuditedWithThatPurpose() throws Exception {
        UUID contactId = newContact();

        browser.get("/console/contacts/" + contactId + "?from=queue", session);

        assertEquals("MASH triage, opened from the queue", lastPurpose(TENANT, "contact.read", contactId));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "contact   | MASH triage, opened from a related contact",
            "decision  | MASH triage, back from the decision form"})
    void eachTaskALinkNamesIsTheReadsPurpose(String task, String purpose) throws Exception {
        UUID contactId = newContact();

        browser.get("/console/contacts/" + contactId + "?from=" + task, session);

        assertEquals(purpose, lastPurpose(TENANT, "contact.read", contactId));
    }

    @Test
    void aManagerOpeningFromTheManagerViewIsAuditedSoButATriagerSayingSoIsAskedWhy() throws Exception {
        UUID contactId = newContact();
        String manager = browser.sessionOf(EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager"));

        var asked = browser.get("/console/contacts/" + contactId + "?from=oversight", session);
        assertTrue(asked.body().contains("Why are you looking at this record?"), asked.body());
        assertEquals(0, reads(contactId), "a triager has no manager's view to have come from");

        browser.get("/console/contacts/" + contactId + "?from=oversight", manager);
        assertEquals("MASH oversight, opened from the manager's view", lastPurpose(TENANT, "contact.read", contactId));
    }

    @Test
    void aTaskTheConsoleDoesNotKnowIsAskedWhyAsIfThereWereNone() throws Exception {
        UUID contactId = newContact();

        var asked = browser.get("/console/contacts/" + contactId + "?from=Zebedee", session);

        assertTrue(asked.body().contains("Why are you looking at this record?"), asked.body());
        assertEquals(0, reads(contactId));
    }

    @Test
    void aReadWithoutAKnownTaskAsksWhyFirstThenTheReasonGivenLeadsToTheRecordAndIsItsAuditedPurpose() throws Exception {
        UUID contactId = newContact();

        var asked = browser.get("/console/contacts/" + contactId, session);
        long readsBefore = reads(contactId);
        var given = browser.post("/console/contacts/" + contactId, session, "csrfToken="
                + ConsoleBrowser.formToken(asked.body()) + "&reason=other&otherReason="
                + URLEncoder.encode(WELFARE_CHECK, StandardCharsets.UTF_8));
        long readsOnPost = reads(contactId);
        var opened = browser.get(location(given), session);

        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains(ASKED), asked.body());
        assertFalse(asked.body().contains(Captures.CHILD_WORDS), "nothing of the record before a reason is given");
        assertEquals(0, readsBefore, "asking why is not a read");
        assertEquals(303, given.statusCode(), given.body());
        assertTrue(REASON_ADDRESS.matcher(location(given)).matches(), location(given));
        assertTrue(location(given).startsWith("/console/contacts/" + contactId + "?"), location(given));
        assertEquals(0, readsOnPost, "the post answers with an address, not the record");
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains(Captures.CHILD_WORDS), opened.body());
        assertTrue(opened.body().contains("<title>Contact – Doorstep MASH</title>"), opened.body());
        String reasonId = location(given).substring(location(given).indexOf("reason=") + "reason=".length());
        assertEquals("Other reason given on the console, kept sealed as reading reason " + reasonId,
                lastPurpose(TENANT, "contact.read", contactId), "the audit log is not sealed: it names the words, not them");
    }

    @Test
    void aReloadOfTheRecordsAddressShowsItAgainAndAuditsASecondReadingForTheSameReason() throws Exception {
        UUID contactId = newContact();
        String address = giveReason(contactId, session, "reason=partner-enquiry");

        var first = browser.get(address, session);
        var reload = browser.get(address, session);

        assertEquals(200, first.statusCode());
        assertEquals(200, reload.statusCode());
        assertTrue(reload.body().contains(Captures.CHILD_WORDS), reload.body());
        assertEquals(2, reads(contactId), "each showing is a reading");
        assertEquals(2, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.read' AND record_id = ? "
                        + "AND purpose = ?", contactId.toString(),
                "Enquiry from a partner agency, reason given on the console".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theWordsTypedAreNotInTheAddressAndAreStoredOnlySealed() throws Exception {
        UUID contactId = newContact();

        String address = giveReason(contactId, session, "reason=other&otherReason="
                + URLEncoder.encode(WELFARE_CHECK, StandardCharsets.UTF_8));

        for (String word : WELFARE_CHECK.split(" ")) {
            if (word.length() > 3) {
                assertFalse(address.toLowerCase().contains(word.toLowerCase()), address);
            }
        }
        assertEquals(1, rows.count("SELECT COUNT(*) FROM console_reading_reason WHERE contact_id = ? "
                + "AND reason = 'other' AND other_reason_ct IS NOT NULL", contactId.toString()));
        byte[] stored = rows.bytes("SELECT CONCAT_WS('|', id, tenant_id, reader_uid, contact_id, reason, other_reason_ct, "
                + "given_at) FROM console_reading_reason WHERE contact_id = ?", contactId.toString());
        assertNotNull(stored);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("welfare"), "the words are sealed");
    }

    @Test
    void anotherReaderOfTheSameTenantFollowingTheAddressIsAskedWhy() throws Exception {
        UUID contactId = newContact();
        String address = giveReason(contactId, session, "reason=triage");
        String colleague = browser.sessionOf(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"));

        var theirs = browser.get(address, colleague);

        assertAskedWhy(theirs);
        assertEquals(0, reads(contactId));
    }

    @Test
    void theReasonGivenForOneContactDoesNotOpenAnother() throws Exception {
        UUID given = newContact();
        UUID other = newContact();
        String address = giveReason(given, session, "reason=triage");

        var elsewhere = browser.get(address.replace(given.toString(), other.toString()), session);

        assertAskedWhy(elsewhere);
        assertEquals(0, reads(other));
    }

    @Test
    void theAddressShowsTheRecordForThirtyMinutesThenAsksWhyAgain() throws Exception {
        UUID contactId = newContact();
        String address = giveReason(contactId, session, "reason=triage");

        clock.advance(Duration.ofMinutes(29));
        var stillShown = browser.get(address, session);
        clock.advance(Duration.ofMinutes(1));
        var expired = browser.get(address, session);

        assertEquals(200, stillShown.statusCode());
        assertTrue(stillShown.body().contains(Captures.CHILD_WORDS), stillShown.body());
        assertAskedWhy(expired);
        assertEquals(1, reads(contactId), "only the reading before it expired");
    }

    @ParameterizedTest
    @CsvSource({"not-a-reason", "9E2C3B2A-1D4F-4A5B-8C6D-7E8F9A0B1C2D", "0f0e0d0c-0b0a-4090-8070-605040302010"})
    void aMalformedOrUnknownReasonIdAsksWhy(String reasonId) throws Exception {
        UUID contactId = newContact();
        giveReason(contactId, session, "reason=triage");

        var asked = browser.get("/console/contacts/" + contactId + "?reason=" + reasonId, session);

        assertAskedWhy(asked);
        assertEquals(0, reads(contactId));
    }

    @Test
    void aDayOldReasonIsDeletedWhenANewOneIsGiven() throws Exception {
        UUID contactId = newContact();
        UUID old = UUID.randomUUID();
        rows.execute("INSERT INTO console_reading_reason (id, tenant_id, reader_uid, contact_id, reason, given_at) "
                + "VALUES (?, ?, ?, ?, 'triage', ?)", old.toString(), TENANT, triager.uid(), contactId.toString(),
                Timestamp.from(clock.instant().minus(Duration.ofHours(25))));
        String younger = giveReason(contactId, session, "reason=triage");

        UUID oldOther = UUID.randomUUID();
        rows.execute("INSERT INTO console_reading_reason (id, tenant_id, reader_uid, contact_id, reason, given_at) "
                + "VALUES (?, ?, ?, ?, 'other', ?)", oldOther.toString(), TENANT, triager.uid(), contactId.toString(),
                Timestamp.from(clock.instant().minus(Duration.ofDays(400))));

        giveReason(contactId, session, "reason=oversight-check");

        assertEquals(0, rows.count("SELECT COUNT(*) FROM console_reading_reason WHERE id = ?", old.toString()));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM console_reading_reason WHERE id = ?", oldOther.toString()),
                "another reason's words stay, sealed, as the audit entry names them");
        assertEquals(200, browser.get(younger, session).statusCode(), "a reason from a moment ago stays");
    }

    @Test
    void aReasonFormWithoutAReasonIsShownAgainWithTheErrorAndStoresAndReadsNothing() throws Exception {
        UUID contactId = newContact();
        String token = ConsoleBrowser.formToken(browser.get("/console/contacts/" + contactId, session).body());

        var none = browser.post("/console/contacts/" + contactId, session, "csrfToken=" + token);
        var otherBlank = browser.post("/console/contacts/" + contactId, session, "csrfToken=" + token
                + "&reason=other&otherReason=+");
        var otherTooLong = browser.post("/console/contacts/" + contactId, session, "csrfToken=" + token
                + "&reason=other&otherReason=" + "a".repeat(151));
        var otherTooShort = browser.post("/console/contacts/" + contactId, session, "csrfToken=" + token
                + "&reason=other&otherReason=ok");
        var forged = browser.post("/console/contacts/" + contactId, session, "reason=triage");

        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("<title>Error: Why are you looking at this record? – Doorstep MASH</title>"));
        assertTrue(none.body().contains("Select why you are looking at this record"), none.body());
        assertEquals(400, otherBlank.statusCode());
        assertTrue(otherBlank.body().contains("Enter why you are looking at this record"), otherBlank.body());
        assertEquals(400, otherTooShort.statusCode());
        assertTrue(otherTooShort.body().contains("Enter why you are looking at this record in at least 5 characters"),
                otherTooShort.body());
        assertEquals(400, otherTooLong.statusCode());
        assertTrue(otherTooLong.body().contains("Reason must be 150 characters or fewer, on one line"), otherTooLong.body());
        assertEquals(403, forged.statusCode());
        assertEquals(0, reads(contactId));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM console_reading_reason WHERE contact_id = ?",
                contactId.toString()), "no reason kept");
    }

    @Test
    void anotherTenantsTriagerGivingAReasonGetsPageNotFoundAndTheAttemptIsAuditedWithIt() throws Exception {
        UUID contactId = newContact();
        String theirs = browser.sessionOf(EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager"));

        var page = browser.get(giveReason(contactId, theirs, "reason=triage"), theirs);

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertFalse(page.body().contains(CHILD));
        assertEquals("MASH triage, reason given on the console", lastPurpose(OTHER_TENANT, "contact.read-refused", contactId));
        assertEquals(0, reads(contactId));
    }

    @Test
    void anotherTenantsTriagerGetsPageNotFoundAndTheAttemptIsAudited() throws Exception {
        UUID contactId = newContact();
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
        String theirs = browser.sessionOf(elsewhere);

        var page = browser.get("/console/contacts/" + contactId + "?from=queue", theirs);

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertFalse(page.body().contains(CHILD));
        assertEquals("MASH triage, opened from the queue", lastPurpose(OTHER_TENANT, "contact.read-refused", contactId));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ? AND action = 'contact.read' "
                + "AND record_id = ?", OTHER_TENANT, contactId.toString()), "no read of it under the other tenant");
    }

    @Test
    void theApiRecordsARefusedReadOfAnotherTenantsContactToo() {
        UUID contactId = newContact();
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");

        var problem = api.refusal(HttpRequest.GET("/v1/mash/contacts/" + contactId), elsewhere, 404);

        assertEquals("/problems/not-found", problem.get("type"));
        assertEquals("MASH triage", lastPurpose(OTHER_TENANT, "contact.read-refused", contactId));
    }

    @Test
    void aMalformedOrUnknownIdIsPageNotFound() throws Exception {
        var malformed = browser.get("/console/contacts/not-an-id?from=queue", session);
        var unknown = browser.get("/console/contacts/" + UUID.randomUUID() + "?from=queue", session);

        assertEquals(404, malformed.statusCode());
        assertTrue(malformed.body().contains("Page not found"), malformed.body());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void aTriagerClaimsAndReleasesWithTheFormsAndIsToldEachTime() throws Exception {
        UUID contactId = newContact();
        String page = browser.get("/console/contacts/" + contactId + "?from=queue", session).body();
        String token = ConsoleBrowser.formToken(page);

        var forged = browser.post("/console/contacts/" + contactId + "/claim", session, "");
        var claimed = browser.post("/console/contacts/" + contactId + "/claim", session, "csrfToken=" + token);
        String afterClaim = browser.get(claimed.headers().firstValue("Location").orElseThrow(), session).body();
        var released = browser.post("/console/contacts/" + contactId + "/release", session, "csrfToken=" + token);
        String afterRelease = browser.get(released.headers().firstValue("Location").orElseThrow(), session).body();

        assertTrue(page.contains("Claim this contact"), page);
        assertEquals(403, forged.statusCode(), "no claim without the session's form token");
        assertEquals(303, claimed.statusCode());
        assertEquals("/console/contacts/" + contactId + "?from=claimed", claimed.headers().firstValue("Location").orElseThrow());
        assertTrue(afterClaim.contains("govuk-notification-banner--success"), afterClaim);
        assertTrue(afterClaim.contains("You have claimed this contact"), afterClaim);
        assertTrue(afterClaim.contains("href=\"/console/contacts/" + contactId + "/decision\""), "record a decision");
        assertEquals(303, released.statusCode());
        assertTrue(afterRelease.contains("You have given this contact back"), afterRelease);
        assertTrue(afterRelease.contains("Claim this contact"), afterRelease);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.claimed' AND record_id = ?",
                contactId.toString()), "the forged claim did nothing");
    }

    @Test
    void aSecondTriagerCannotClaimAHeldContactAndIsToldWhoHoldsIt() throws Exception {
        UUID contactId = newContact();
        String token = ConsoleBrowser.formToken(browser.get("/console/contacts/" + contactId + "?from=queue", session).body());
        browser.post("/console/contacts/" + contactId + "/claim", session, "csrfToken=" + token);
        String second = browser.sessionOf(EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager"));
        String secondToken = ConsoleBrowser.formToken(browser.get("/console/contacts/" + contactId + "?from=queue", second).body());

        var refused = browser.post("/console/contacts/" + contactId + "/claim", second, "csrfToken=" + secondToken);

        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("You cannot claim this contact."), refused.body());
        assertTrue(refused.body().contains("Another triager is working on this contact. It is claimed by "
                + triager.email() + "."), refused.body());
        assertFalse(refused.body().contains("Claim this contact</button>"), "no claim button on a held contact");
    }

    /** Answers "Why are you looking at this record?" with this form (less its token) and says where that leads. */
    private String giveReason(UUID contactId, String readerSession, String reasonForm) throws Exception {
        String token = ConsoleBrowser.formToken(browser.get("/console/contacts/" + contactId, readerSession).body());
        var given = browser.post("/console/contacts/" + contactId, readerSession, "csrfToken=" + token + "&" + reasonForm);
        assertEquals(303, given.statusCode(), given.body());
        return location(given);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static void assertAskedWhy(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<title>" + ASKED + " – Doorstep MASH</title>"), page.body());
        assertFalse(page.body().contains(Captures.CHILD_WORDS), "nothing of the record");
        assertFalse(page.body().contains("govuk-error-summary"), "asked again, not told off");
    }

    private UUID newContact() {
        return Referrer.contactFor(api, triager, Referrer.policeOfficer(api, TENANT)
                .refer(Captures.incident(CHILD, LocalDate.now().minusYears(4), 3))).getContactId();
    }

    private long reads(UUID contactId) {
        return rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.read' AND record_id = ?",
                contactId.toString());
    }

    private String lastPurpose(String tenantId, String action, UUID contactId) {
        byte[] purpose = rows.bytes("SELECT purpose FROM audit_entry WHERE tenant_id = ? AND action = ? AND record_id = ? "
                + "ORDER BY seq DESC LIMIT 1", tenantId, action, contactId.toString());
        return purpose == null ? null : new String(purpose, StandardCharsets.UTF_8);
    }
}
