package doorstep.capture.incident;

import doorstep.api.model.Adult;
import doorstep.api.model.AdultRole;
import doorstep.api.model.Child;
import doorstep.api.model.IncidentOverview;
import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import doorstep.api.model.RiskSummary;
import doorstep.api.model.RiskSummaryLevel;
import doorstep.crypto.FieldCipher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Decrypts a stored incident for a reader the caller has already authorised and audited. */
@Singleton
public class IncidentReader {

    private final IncidentRepository incidents;
    private final PersonRepository people;
    private final FieldCipher cipher;
    private final JsonMapper json;

    IncidentReader(IncidentRepository incidents, PersonRepository people, FieldCipher cipher, JsonMapper json) {
        this.incidents = incidents;
        this.people = people;
        this.cipher = cipher;
        this.json = json;
    }

    public Optional<IncidentView> read(String tenantId, UUID incidentId) {
        return incidents.findByIdAndTenantId(incidentId, tenantId).map(this::view);
    }

    private IncidentView view(IncidentRow row) {
        String id = row.id().toString();
        RiskSummary risk = new RiskSummary(row.checklistId(), row.checklistVersion(), row.yesCount(),
                RiskSummaryLevel.fromValue(row.riskLevel().toLowerCase(Locale.ROOT)))
                .professionalJudgement(row.professionalJudgement());
        IncidentOverview overview = new IncidentOverview(row.occurredAt().atOffset(ZoneOffset.UTC),
                fromJson(cipher.open(row.placeCt(), id, "place"), Place.class),
                cipher.open(row.narrativeCt(), id, "narrative"), risk);
        List<Child> children = new ArrayList<>();
        List<UUID> childMentionIds = new ArrayList<>();
        List<Adult> adults = new ArrayList<>();
        for (PersonRow person : people.findByIncidentIdAndTenantIdOrderByPosition(row.id(), row.tenantId())) {
            String personId = person.id().toString();
            if ("child".equals(person.kind())) {
                children.add(fromJson(cipher.open(person.detailsCt(), personId, "details"), Child.class));
                childMentionIds.add(person.id());
            } else {
                String dob = cipher.open(person.dobCt(), personId, "dob");
                adults.add(new Adult(person.mentionId(),
                        fromJson(cipher.open(person.nameCt(), personId, "name"), PersonName.class),
                        AdultRole.fromValue(person.role()))
                        .dateOfBirth(dob == null ? null : LocalDate.parse(dob))
                        .relationshipToChildren(cipher.open(person.detailsCt(), personId, "details")));
            }
        }
        return new IncidentView(children, childMentionIds, overview, adults);
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored capture part could not be read back", e);
        }
    }
}
