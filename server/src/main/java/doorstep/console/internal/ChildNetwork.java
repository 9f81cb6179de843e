package doorstep.console.internal;

import java.util.List;

/** A child as people resolved them, with their own risk markers and everyone linked to them. */
public record ChildNetwork(String name, List<String> riskMarkers, List<LinkedPerson> links) {
}
