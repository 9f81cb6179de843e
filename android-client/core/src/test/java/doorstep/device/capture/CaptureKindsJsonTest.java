package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.ReturnHomeInterview;
import doorstep.device.testing.Returns;
import doorstep.device.testing.Visits;
import org.junit.jupiter.api.Test;

/** Each new kind's sealed JSON names its kind, uses the spec's spelling and reads back unchanged. */
class CaptureKindsJsonTest {

    @Test
    void aVisitNamesItsKindAndReadsBack() {
        EarlyHelpVisit visit = Visits.complete();

        String json = EarlyHelpVisits.toJson(visit);

        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("early-help-visit", parsed.get("kind").getAsString());
        assertEquals("2025-03-13T15:00:00Z", parsed.get("visitedAt").getAsString());
        assertEquals("parent", parsed.getAsJsonArray("relationships").get(0).getAsJsonObject().get("kind").getAsString());
        assertEquals(visit, EarlyHelpVisits.fromJson(json));
    }

    @Test
    void aNoticeNamesItsKindAndReadsBack() {
        ChildReturned notice = Returns.notice();

        String json = ChildReturnedNotices.toJson(notice);

        assertEquals("child-returned", JsonParser.parseString(json).getAsJsonObject().get("kind").getAsString());
        assertEquals(notice, ChildReturnedNotices.fromJson(json));
    }

    @Test
    void anInterviewNamesItsKindAndReadsBack() {
        ReturnHomeInterview interview = Returns.interview();

        String json = ReturnHomeInterviews.toJson(interview);

        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("return-home-interview", parsed.get("kind").getAsString());
        assertEquals("conflict-at-home", parsed.getAsJsonArray("pushFactors").get(0).getAsString());
        assertEquals("friend", parsed.getAsJsonArray("peopleWith").get(0).getAsJsonObject().get("relationship").getAsString());
        assertEquals(interview, ReturnHomeInterviews.fromJson(json));
    }
}
