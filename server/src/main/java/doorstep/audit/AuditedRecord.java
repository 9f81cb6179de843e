package doorstep.audit;

import java.util.UUID;

/** Which record an entry is about: its type (contact, person, da_incident ...) and id. Never its content. */
public record AuditedRecord(String type, String id) {

    public static AuditedRecord of(String type, UUID id) {
        return new AuditedRecord(type, id.toString());
    }
}
