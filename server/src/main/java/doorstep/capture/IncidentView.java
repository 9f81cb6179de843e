package doorstep.capture;

import doorstep.api.model.Adult;
import doorstep.api.model.Child;
import doorstep.api.model.IncidentOverview;

import java.util.List;

/** An incident decrypted for an authorised reader: the children (and their voice) first. */
public record IncidentView(List<Child> children, IncidentOverview overview, List<Adult> adults) {
}
