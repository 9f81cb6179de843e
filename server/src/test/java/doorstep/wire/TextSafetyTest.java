package doorstep.wire;

import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.Violation;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.JsonTree;
import doorstep.testing.RawJson;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Names and other one-line fields hold no control characters and no invisible formatting characters
 * that could hide or reorder what a triager reads; narratives and a child's words keep their line
 * breaks and tabs and nothing else of that kind. A refusal says why in plain words without
 * repeating what was written.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSafetyTest extends ApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    StoredRows stored;
    RawJson raw;
    Referrer officer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        raw = new RawJson(server.getURL());
        officer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    static Stream<Arguments> unsafeText() {
        return Stream.of(
                Arguments.of("children[0].name.givenName", "Amy\u0000"),
                Arguments.of("children[0].name.givenName", "Amy\u0007"),
                Arguments.of("children[0].name.givenName", "\u001B[2JAmy"),
                Arguments.of("children[0].name.givenName", "\u202EymA"),
                Arguments.of("children[0].name.givenName", "\u2066Amy\u2069"),
                Arguments.of("children[0].name.givenName", "Am\u200By"),
                Arguments.of("children[0].name.givenName", "Amy\nJones"),
                Arguments.of("children[0].name.familyName", "Smith\t"),
                Arguments.of("adults[0].name.familyName", "\u202ASmith"),
                Arguments.of("adults[0].relationshipToChildren", "Mum\u0000"),
                Arguments.of("place.postcode", "B91\u202E1AA"),
                Arguments.of("place.addressLine", "12 Acacia Avenue\n"),
                Arguments.of("children[0].school", "Oak\u001BPrimary"),
                Arguments.of("children[0].voice.feelsSafeWith", "Nan\u2067"),
                Arguments.of("narrative", "Shouting.\u001B[8mhidden"),
                Arguments.of("narrative", "Shouting.\u2028Then quiet."),
                Arguments.of("children[0].voice.ownWords", "Daddy \u202Edehsup\u202C me"),
                Arguments.of("children[0].voice.demeanour", "Quiet\u0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeText")
    void hiddenCharactersInACaptureRejectTheItemWithAPlainReason(String field, String text) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = officer.push(JsonTree.of(Captures.incident()).set(field, text).bytes(), id);

        assertEquals(SubmissionStatus.REJECTED, result.getStatus());
        assertEquals("/problems/invalid-capture", result.getProblem().getType());
        List<Violation> violations = result.getProblem().getViolations();
        assertEquals(List.of(field), violations.stream().map(Violation::getField).toList());
        assertFalse(violations.get(0).getMessage().contains(text), "the reason does not repeat the text");
        assertEquals(0, stored.rowsFor(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He shouted.\nThen he left.", "He shouted.\r\nThen he left.", "Time:\t21:40"})
    void aNarrativeKeepsItsLineBreaksAndTabs(String narrative) {
        UUID id = UUID.randomUUID();

        SubmissionResult result = officer.push(JsonTree.of(Captures.incident()).set("narrative", narrative)
                .set("children[0].voice.ownWords", narrative).bytes(), id);

        assertEquals(SubmissionStatus.ACCEPTED, result.getStatus());
    }

    static Stream<Arguments> unsafeRequests() {
        return Stream.of(
                Arguments.of("/v1/people/" + UUID.randomUUID() + "/risk-markers",
                        "{\"kind\": \"weapons\", \"source\": \"Police\\u202E\", \"recordedOn\": \"2026-01-05\"}", "source"),
                Arguments.of("/v1/people/" + UUID.randomUUID() + "/risk-markers",
                        "{\"kind\": \"weapons\", \"source\": \"Police\", \"recordedOn\": \"2026-01-05\","
                                + " \"details\": \"Knife\\u0000\"}", "details"),
                Arguments.of("/v1/mash/contacts/" + UUID.randomUUID() + "/decision",
                        "{\"outcome\": \"early-help\", \"rationale\": \"Refer on\\u001B[2J to early help\"}", "rationale"),
                Arguments.of("/v1/people/reviews/" + UUID.randomUUID() + "/decision",
                        "{\"decision\": \"same-person\", \"reason\": \"Same \\u2066birthday\\u2069\"}", "reason"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unsafeRequests")
    void hiddenCharactersInARequestAreRefusedNamingTheField(String path, String body, String field) {
        RawJson.Answer answer = raw.post(path, body, "application/json", triager);

        assertEquals(400, answer.status(), () -> "status; body " + answer.body());
        assertEquals("/problems/invalid-request", answer.body().get("type"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer.body().get("violations");
        assertEquals(List.of(field), violations.stream().map(v -> v.get("field")).toList());
    }
}
