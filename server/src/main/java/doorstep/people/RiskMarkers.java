package doorstep.people;

import doorstep.api.model.RiskMarker;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.crypto.FieldCipher;

import java.time.Instant;
import java.util.UUID;

/** Risk markers between their wire form and their stored form; the details are encrypted. */
final class RiskMarkers {

    private RiskMarkers() {
    }

    static RiskMarkerRow save(RiskMarkerRepository markers, FieldCipher cipher, String tenantId, UUID person,
                              RiskMarkerRequest request, String createdBy, Instant now) {
        UUID id = UUID.randomUUID();
        return markers.save(new RiskMarkerRow(id, tenantId, person, request.getKind().getValue(), request.getSource(),
                request.getRecordedOn(), request.getExpiresOn(), cipher.seal(request.getDetails(), id.toString(), "details"),
                createdBy, now));
    }

    static RiskMarker toWire(RiskMarkerRow row, FieldCipher cipher) {
        return new RiskMarker(row.id(), RiskMarkerKind.fromValue(row.kind()), row.source(), row.recordedOn())
                .expiresOn(row.expiresOn())
                .details(cipher.open(row.detailsCt(), row.id().toString(), "details"));
    }
}
