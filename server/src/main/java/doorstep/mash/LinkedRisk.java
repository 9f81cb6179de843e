package doorstep.mash;

import doorstep.api.model.RiskMarkerKind;

import java.util.Set;

/**
 * A risk the MASH finds for itself when a contact lands: someone linked to a child carries a risk
 * marker of a kind that puts the child at risk. Anyone linked counts, not only adults: an older
 * sibling with a sexual harm marker is as much a risk, and the network does not always know ages.
 */
enum LinkedRisk {
    SEXUAL_HARM("linked-sexual-harm", "Someone linked to a child carries a sexual harm risk marker",
            Set.of(RiskMarkerKind.SEXUAL_HARM_RISK)),
    /** The orders count too: a non-molestation or restraining order on someone close to a child is almost always about domestic abuse. */
    DOMESTIC_ABUSE("linked-domestic-abuse", "Someone linked to a child carries a domestic abuse risk marker",
            Set.of(RiskMarkerKind.DOMESTIC_ABUSE_PERPETRATOR, RiskMarkerKind.NON_MOLESTATION_ORDER,
                    RiskMarkerKind.RESTRAINING_ORDER));

    private final String rule;
    private final String text;
    private final Set<RiskMarkerKind> markers;

    LinkedRisk(String rule, String text, Set<RiskMarkerKind> markers) {
        this.rule = rule;
        this.text = text;
        this.markers = markers;
    }

    String rule() {
        return rule;
    }

    String text() {
        return text;
    }

    boolean isMarkedBy(RiskMarkerKind kind) {
        return markers.contains(kind);
    }
}
