package doorstep.people;

import doorstep.api.model.RiskMarker;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.crypto.FieldCipher;

import java.time.Instant;
import java.util.UUID;

/** Risk markers between their wire form and their stored form; the source and details are encrypted. */
final class RiskMarkers {

    static final String SOURCE = "source";

    private RiskMarkers() {
    }

    static RiskMarkerRow save(RiskMarkerRepository markers, FieldCipher cipher, String tenantId, UUID person,
                              RiskMarkerRequest request, String createdBy, Instant now) {
        UUID id = UUID.randomUUID();
        return markers.save(new RiskMarkerRow(id, tenantId, person, request.getKind().getValue(),
                cipher.seal(request.getSource(), id.toString(), SOURCE),
                request.getRecordedOn(), request.getExpiresOn(), cipher.seal(request.getDetails(), id.toString(), "details"),
                createdBy, now));
    }

    static RiskMarker toWire(RiskMarkerRow row, FieldCipher cipher) {
        return new RiskMarker(row.id(), RiskMarkerKind.fromValue(row.kind()), cipher.open(row.sourceCt(), row.id().toString(), SOURCE),
                row.recordedOn())
                .expiresOn(row.expiresOn())
                .details(cipher.open(row.detailsCt(), row.id().toString(), "details"));
    }
}
