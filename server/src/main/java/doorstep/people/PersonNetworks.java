package doorstep.people;

import doorstep.api.model.CaptureKindName;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person as they stand after every merge: their own records, everyone linked to them, and for
 * each linked person their risk markers and incidents, however their name was spelt at the time.
 * Read in a fixed number of statements, so a heavily linked adult costs no more round trips than
 * a child with one parent. Callers authorise and audit; this only reads.
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
        return mentions.findByIdAndTenantId(mentionId, tenantId)
                .map(m -> survivors.survivorsOf(tenantId, List.of(m.personId())).get(m.personId()));
    }

    /** The person after merges, if they exist in this tenant. */
    public Optional<UUID> current(String tenantId, UUID personId) {
        return persons.findByIdAndTenantId(personId, tenantId)
                .map(p -> survivors.survivorsOf(tenantId, List.of(p.id())).get(p.id()));
    }

    public PersonNetwork networkOf(String tenantId, UUID personId) {
        Set<UUID> members = survivors.standingFor(tenantId, List.of(personId));
        List<RelationshipRow> rows = relationships.touching(tenantId, members);
        Map<UUID, UUID> othersNow = survivors.survivorsOf(tenantId, rows.stream()
                .map(row -> members.contains(row.fromPersonId()) ? row.toPersonId() : row.fromPersonId())
                .collect(Collectors.toSet()));
        Set<UUID> everyone = new HashSet<>(othersNow.values());
        everyone.add(personId);
        Map<UUID, Profile> profiles = profilesOf(tenantId, everyone);
        Map<String, PersonLink> links = new LinkedHashMap<>();
        for (RelationshipRow row : rows) {
            boolean fromThisPerson = members.contains(row.fromPersonId());
            UUID otherNow = othersNow.get(fromThisPerson ? row.toPersonId() : row.fromPersonId());
            if (otherNow == null || otherNow.equals(personId)) {
                continue;
            }
            String label = fromThisPerson ? row.kind().labelFromFrom() : row.kind().labelFromTo();
            Profile other = profiles.get(otherNow);
            links.computeIfAbsent(otherNow + "|" + label, k -> new PersonLink(PersonLinkRelationship.fromValue(label),
                    other.summary(), other.risks(), other.incidents())
                    .reason(cipher.open(row.reasonCt(), row.id().toString(), "reason")));
        }
        Profile own = profiles.get(personId);
        return new PersonNetwork(own.summary(), own.risks(), List.copyOf(links.values()));
    }

    public List<PersonIncident> incidentsOf(String tenantId, UUID personId) {
        return incidentsIn(mentionsOf(tenantId, personId));
    }

    /**
     * The captures, of any kind, that mention any of these people or anyone merged into them: the
     * ids captures name themselves by, never a file's or an import's.
     */
    public Set<UUID> capturesMentioning(String tenantId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return mentions.findByTenantIdAndPersonIdIn(tenantId, survivors.standingFor(tenantId, personIds)).stream()
                .filter(m -> m.occurredAt() != null && namesACapture(m.sourceId()) && kindOf(m.sourceType()) != null)
                .map(m -> UUID.fromString(m.sourceId()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every mention, from any source, of these people or of anyone merged into them. */
    public Set<UUID> mentionIdsOf(String tenantId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(mentions.findIdByTenantIdAndPersonIdIn(tenantId, survivors.standingFor(tenantId, personIds)));
    }

    PersonSummary summary(String tenantId, UUID personId) {
        return summaryOf(personId, mentionsOf(tenantId, personId));
    }

    /** The mentions of a current (surviving) person and of everyone merged into them. */
    private List<MentionRow> mentionsOf(String tenantId, UUID personId) {
        return mentions.findByTenantIdAndPersonIdIn(tenantId, survivors.standingFor(tenantId, List.of(personId)));
    }

    /** What the MASH sees of a person: who they are, their risk markers, their incidents newest first. */
    private record Profile(PersonSummary summary, List<RiskMarker> risks, List<PersonIncident> incidents) {
    }

    /**
     * The profiles of current (surviving) persons, each drawn from their own records and those of
     * everyone merged into them, in a fixed number of statements however many people are linked.
     */
    private Map<UUID, Profile> profilesOf(String tenantId, Set<UUID> people) {
        Set<UUID> members = survivors.standingFor(tenantId, people);
        Map<UUID, UUID> survivorOf = survivors.survivorsOf(tenantId, members);
        Map<UUID, List<MentionRow>> mentionsOf = mentions.findByTenantIdAndPersonIdIn(tenantId, members).stream()
                .collect(Collectors.groupingBy(m -> survivorOf.get(m.personId())));
        Map<UUID, List<RiskMarker>> risksOf = markers.findByTenantIdAndPersonIdInOrderByRecordedOnDesc(tenantId, members)
                .stream()
                .collect(Collectors.groupingBy(row -> survivorOf.get(row.personId()), LinkedHashMap::new,
                        Collectors.mapping(row -> RiskMarkers.toWire(row, cipher), Collectors.toList())));
        Map<UUID, Profile> profiles = new HashMap<>();
        for (UUID person : people) {
            List<MentionRow> own = mentionsOf.getOrDefault(person, List.of());
            profiles.put(person, new Profile(summaryOf(person, own), risksOf.getOrDefault(person, List.of()),
                    incidentsIn(own)));
        }
        return profiles;
    }

    /** The name as most recently recorded; the date of birth and NHS number from the newest record giving one. */
    private PersonSummary summaryOf(UUID personId, List<MentionRow> mentionsOfPerson) {
        List<MentionRow> newestFirst = mentionsOfPerson.stream()
                .sorted(Comparator.comparing(MentionRow::resolvedAt).reversed())
                .toList();
        if (newestFirst.isEmpty()) {
            throw new IllegalStateException("person " + personId + " has no mentions");
        }
        // Opened newest first and only as far as needed: usually the newest record gives all three.
        Map<MentionRow, PersonRecord> opened = new IdentityHashMap<>();
        Function<MentionRow, PersonRecord> open = mention -> opened.computeIfAbsent(mention, records::open);
        PersonRecord latest = open.apply(newestFirst.get(0));
        return new PersonSummary(personId, new PersonName(latest.givenName(), latest.familyName()))
                .dateOfBirth(newestFirst.stream().map(open).map(PersonRecord::dateOfBirth).filter(Objects::nonNull)
                        .findFirst().orElse(null))
                .nhsNumber(newestFirst.stream().map(open).map(r -> r.identifiers().get(CapturePeople.NHS_NUMBER))
                        .filter(Objects::nonNull).findFirst().orElse(null));
    }

    /**
     * The captures a person was part of, newest first, whatever kind recorded them: a capture dates
     * its mentions and names itself by its id, where a file or an import names a row of its own.
     */
    private static List<PersonIncident> incidentsIn(List<MentionRow> mentionsOfPerson) {
        Map<String, PersonIncident> byIncident = new LinkedHashMap<>();
        mentionsOfPerson.stream()
                .filter(m -> m.occurredAt() != null && namesACapture(m.sourceId()) && kindOf(m.sourceType()) != null)
                .sorted(Comparator.comparing(MentionRow::occurredAt).reversed())
                .forEach(m -> byIncident.putIfAbsent(m.sourceId(), new PersonIncident(UUID.fromString(m.sourceId()),
                        kindOf(m.sourceType()), m.occurredAt().atOffset(ZoneOffset.UTC), m.role())));
        return List.copyOf(byIncident.values());
    }

    /**
     * The kind of capture a mention's source type names: the kind's own name, but for the incident,
     * whose mentions were stored as {@code incident} before there were other kinds. Null for a file or an import.
     */
    private static CaptureKindName kindOf(String sourceType) {
        if ("incident".equals(sourceType)) {
            return CaptureKindName.DOMESTIC_ABUSE_INCIDENT;
        }
        return Arrays.stream(CaptureKindName.values()).filter(k -> k.getValue().equals(sourceType))
                .findFirst().orElse(null);
    }

    private static boolean namesACapture(String sourceId) {
        try {
            UUID.fromString(sourceId);
            return true;
        } catch (IllegalArgumentException notACaptureId) {
            return false;
        }
    }
}
