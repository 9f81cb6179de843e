package doorstep.mash;

import doorstep.api.model.PersonLink;
import doorstep.api.model.RiskMarker;
import doorstep.people.PersonNetworks;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the MASH knows of a new contact's children when it lands, from their people records as
 * resolved in the capture's own transaction: how often they have been the subject of a contact in
 * the last 12 months, and whether anyone linked to them carries a risk marker that puts them at risk.
 */
@Singleton
class ChildrenAtLanding {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonNetworks networks;
    private final ContactRepository contacts;

    ChildrenAtLanding(PersonNetworks networks, ContactRepository contacts) {
        this.networks = networks;
        this.contacts = contacts;
    }

    /** The children's people, after merges; a child not (yet) resolved has no history to count. */
    List<UUID> peopleOf(String tenantId, Collection<UUID> childMentionIds) {
        return childMentionIds.stream().map(mention -> networks.personOfMention(tenantId, mention))
                .flatMap(Optional::stream).distinct().toList();
    }

    /**
     * This contact's number among the contacts about its most-contacted child received in the 12
     * months up to {@code receivedAt}: 1 for a child the MASH has not heard of in that time.
     */
    int repeatCount(String tenantId, UUID captureId, List<UUID> children, Instant receivedAt) {
        Instant yearBefore = receivedAt.atZone(LONDON).minusMonths(12).toInstant();
        long most = 0;
        for (UUID child : children) {
            List<UUID> person = List.of(child);
            most = Math.max(most, contacts.countAboutAChildSince(tenantId, networks.capturesMentioning(tenantId, person),
                    networks.mentionIdsOf(tenantId, person), captureId, yearBefore));
        }
        return (int) most + 1;
    }

    /** The risks linked people carry, by markers in force on the day the contact lands. */
    Set<LinkedRisk> linkedRisks(String tenantId, List<UUID> children, Instant receivedAt) {
        LocalDate today = receivedAt.atZone(LONDON).toLocalDate();
        Set<LinkedRisk> found = EnumSet.noneOf(LinkedRisk.class);
        for (UUID child : children) {
            for (PersonLink link : networks.networkOf(tenantId, child).getLinks()) {
                for (RiskMarker marker : link.getRiskMarkers()) {
                    if (marker.getExpiresOn() == null || !marker.getExpiresOn().isBefore(today)) {
                        for (LinkedRisk risk : LinkedRisk.values()) {
                            if (risk.isMarkedBy(marker.getKind())) {
                                found.add(risk);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
