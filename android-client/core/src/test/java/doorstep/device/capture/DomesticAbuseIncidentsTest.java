package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.testing.Incidents;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DomesticAbuseIncidentsTest {

    @Test
    void timeIsIso8601WithOffsetAndDateOfBirthIsYearMonthDay() {
        String json = DomesticAbuseIncidents.toJson(Incidents.complete());

        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("2025-03-14T01:30:00Z", parsed.get("occurredAt").getAsString());
        assertEquals("2017-06-05", parsed.getAsJsonArray("children").get(0).getAsJsonObject()
                .get("dateOfBirth").getAsString());
    }

    @Test
    void sealedJsonNamesItsKind() {
        String json = DomesticAbuseIncidents.toJson(Incidents.complete().kind(null));

        assertEquals("domestic-abuse-incident", JsonParser.parseString(json).getAsJsonObject().get("kind").getAsString());
    }

    @Test
    void enumsUseTheSpecsSpelling() {
        String json = DomesticAbuseIncidents.toJson(Incidents.complete());

        JsonObject child = JsonParser.parseString(json).getAsJsonObject()
                .getAsJsonArray("children").get(0).getAsJsonObject();
        assertEquals("present", child.get("presence").getAsString());
    }

    @Test
    void jsonReadsBackToTheSameIncident() {
        DomesticAbuseIncident incident = Incidents.complete();

        DomesticAbuseIncident read = DomesticAbuseIncidents.fromJson(DomesticAbuseIncidents.toJson(incident));

        assertEquals(incident, read);
        assertEquals(LocalDate.of(2017, 6, 5), read.getChildren().get(0).getDateOfBirth());
    }
}
