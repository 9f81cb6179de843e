package doorstep.console.internal;

import java.util.List;

/** Someone linked to a child: what they are to the child, their risk markers, and the captures that mention them. */
public record LinkedPerson(String name, String relationship, List<String> riskMarkers, List<String> incidents) {
}
