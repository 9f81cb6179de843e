package doorstep.people;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.PersonIncident;
import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.Sex;
import doorstep.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's timeline lists every capture they were part of, whatever kind recorded them: people
 * knows no kind by name, only that a capture dates its mentions and names itself by its id.
 */
@MicronautTest(environments = "cli", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonTimelineTest implements TestPropertyProvider {

    private static final PersonRecord CHILD =
            new PersonRecord("Amelia", "Quillfeather", LocalDate.of(2014, 3, 7), Sex.FEMALE, "B12 9QT");

    @Inject
    PersonResolution resolution;

    @Inject
    PersonNetworks networks;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "doorstep.crypto.master-key-file", "target/test-master-keyset.json",
                "doorstep.crypto.create-master-key-if-missing", "true");
    }

    @Test
    void aCaptureOfAnyKindShowsOnThePersonsTimelineNewestFirst() {
        UUID incident = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        UUID person = file("kinds", "incident", incident.toString(), "present", Instant.parse("2025-05-01T10:15:30Z"));
        file("kinds", "early-help-visit", visit.toString(), "seen", Instant.parse("2025-06-02T09:00:00Z"));

        List<PersonIncident> timeline = networks.incidentsOf("kinds", person);

        assertEquals(List.of(visit, incident), timeline.stream().map(PersonIncident::getIncidentId).toList());
        assertEquals(List.of("seen", "present"), timeline.stream().map(PersonIncident::getRole).toList());
        assertEquals(List.of(CaptureKindName.EARLY_HELP_VISIT, CaptureKindName.DOMESTIC_ABUSE_INCIDENT),
                timeline.stream().map(PersonIncident::getKind).toList(),
                "a kind's mentions carry its name; the incident's were stored as 'incident' before there were kinds");
    }

    @Test
    void anUndatedMentionFromAFileOrImportIsNotACapture() {
        UUID person = file("files", "file", "row-17", "mention", null);
        file("files", "import", "legacy-42", "other", Instant.parse("2025-05-01T10:15:30Z"));

        assertEquals(List.of(), networks.incidentsOf("files", person));
    }

    private UUID file(String tenant, String sourceType, String sourceId, String role, Instant occurredAt) {
        return transactions.executeWrite(status -> resolution.resolve(tenant,
                new MentionInput(UUID.randomUUID(), sourceType, sourceId, role, occurredAt, CHILD))).personId();
    }
}
