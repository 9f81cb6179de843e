package doorstep.people;

import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonLink;
import doorstep.api.model.PersonLinkRelationship;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.PersonSummary;
import doorstep.api.model.RiskMarker;
import doorstep.crypto.FieldCipher;
import doorstep.people.matching.PersonRecord;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person as they stand after every merge: their own records, everyone linked to them, and for
 * each linked person their risk markers and incidents, however their name was spelt at the time.
 * Callers authorise and audit; this only reads.
 */
@Singleton
public class PersonNetworks {

    private final PersonRepository persons;
    private final MentionRepository mentions;
    private final RelationshipRepository relationships;
    private final RiskMarkerRepository markers;
    private final MentionRecords records;
    private final Survivors survivors;
    private final FieldCipher cipher;

    PersonNetworks(PersonRepository persons, MentionRepository mentions, RelationshipRepository relationships,
                   RiskMarkerRepository markers, MentionRecords records, Survivors survivors, FieldCipher cipher) {
        this.persons = persons;
        this.mentions = mentions;
        this.relationships = relationships;
        this.markers = markers;
        this.records = records;
        this.survivors = survivors;
        this.cipher = cipher;
    }

    /** The person a mention now belongs to, after merges. */
    public Optional<UUID> personOfMention(String tenantId, UUID mentionId) {
        return mentions.findById(mentionId).filter(m -> m.tenantId().equals(tenantId))
                .map(m -> survivors.survivorsOf(tenantId, List.of(m.personId())).get(m.personId()));
    }

    /** The person after merges, if they exist in this tenant. */
    public Optional<UUID> current(String tenantId, UUID personId) {
        return persons.findByIdAndTenantId(personId, tenantId)
                .map(p -> survivors.survivorsOf(tenantId, List.of(p.id())).get(p.id()));
    }

    public PersonNetwork networkOf(String tenantId, UUID personId) {
        Set<UUID> members = survivors.standingFor(tenantId, List.of(personId));
        Map<String, PersonLink> links = new LinkedHashMap<>();
        for (RelationshipRow row : relationships.touching(tenantId, members)) {
            boolean fromThisPerson = members.contains(row.fromPersonId());
            UUID other = fromThisPerson ? row.toPersonId() : row.fromPersonId();
            UUID otherNow = survivors.survivorsOf(tenantId, List.of(other)).get(other);
            if (otherNow == null || otherNow.equals(personId)) {
                continue;
            }
            String label = fromThisPerson ? row.kind().labelFromFrom() : row.kind().labelFromTo();
            links.computeIfAbsent(otherNow + "|" + label, k -> new PersonLink(PersonLinkRelationship.fromValue(label),
                    summary(tenantId, otherNow), risksOf(tenantId, otherNow), incidentsOf(tenantId, otherNow))
                    .reason(cipher.open(row.reasonCt(), row.id().toString(), "reason")));
        }
        return new PersonNetwork(summary(tenantId, personId), risksOf(tenantId, personId), List.copyOf(links.values()));
    }

    public List<PersonIncident> incidentsOf(String tenantId, UUID personId) {
        Set<UUID> members = survivors.standingFor(tenantId, List.of(personId));
        Map<String, PersonIncident> byIncident = new LinkedHashMap<>();
        mentions.findByTenantIdAndPersonIdIn(tenantId, members).stream()
                .filter(m -> IncidentPeople.SOURCE.equals(m.sourceType()) && m.occurredAt() != null)
                .sorted(Comparator.comparing(MentionRow::occurredAt).reversed())
                .forEach(m -> byIncident.putIfAbsent(m.sourceId(), new PersonIncident(UUID.fromString(m.sourceId()),
                        m.occurredAt().atOffset(ZoneOffset.UTC), m.role())));
        return List.copyOf(byIncident.values());
    }

    PersonSummary summary(String tenantId, UUID personId) {
        Set<UUID> members = survivors.standingFor(tenantId, List.of(personId));
        List<PersonRecord> newestFirst = mentions.findByTenantIdAndPersonIdIn(tenantId, members).stream()
                .sorted(Comparator.comparing(MentionRow::resolvedAt).reversed())
                .map(records::open)
                .toList();
        if (newestFirst.isEmpty()) {
            throw new IllegalStateException("person " + personId + " has no mentions");
        }
        PersonRecord latest = newestFirst.get(0);
        return new PersonSummary(personId, new PersonName(latest.givenName(), latest.familyName()))
                .dateOfBirth(newestFirst.stream().map(PersonRecord::dateOfBirth).filter(Objects::nonNull).findFirst()
                        .orElse(null))
                .nhsNumber(newestFirst.stream().map(r -> r.identifiers().get(IncidentPeople.NHS_NUMBER))
                        .filter(Objects::nonNull).map(n -> n.replace(" ", "")).findFirst().orElse(null));
    }

    private List<RiskMarker> risksOf(String tenantId, UUID personId) {
        Set<UUID> members = survivors.standingFor(tenantId, List.of(personId));
        return markers.findByTenantIdAndPersonIdInOrderByRecordedOnDesc(tenantId, members).stream()
                .map(row -> RiskMarkers.toWire(row, cipher))
                .toList();
    }
}
