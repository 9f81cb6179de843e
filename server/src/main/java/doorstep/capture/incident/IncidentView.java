package doorstep.capture.incident;

import doorstep.api.model.Adult;
import doorstep.api.model.Child;
import doorstep.api.model.IncidentOverview;

import java.util.List;
import java.util.UUID;

/**
 * An incident decrypted for an authorised reader: the children (and their voice) first.
 *
 * @param childMentionIds the server's ids of the children as mentions, in the order of {@code children}
 */
public record IncidentView(List<Child> children, List<UUID> childMentionIds, IncidentOverview overview,
                           List<Adult> adults) {
}
