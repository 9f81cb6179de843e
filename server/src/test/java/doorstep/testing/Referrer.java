package doorstep.testing;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import io.micronaut.http.HttpRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An officer with an enrolled device who sends captures in, and finds the contact each one opened. */
public record Referrer(Api api, EmulatorUsers.SignedIn officer, DeviceEnrolment device) {

    public static Referrer enrolled(Api api, EmulatorUsers.SignedIn officer) {
        return new Referrer(api, officer, api.enrol(officer));
    }

    /** A police officer of the tenant, signed in, with a device of their own enrolled. */
    public static Referrer policeOfficer(Api api, String tenantId) {
        return enrolled(api, EmulatorUsers.signedIn(tenantId, "police", "practitioner"));
    }

    /** Seals and pushes the capture, expects it accepted, and returns its submission id. */
    public UUID refer(Object capture) {
        UUID id = UUID.randomUUID();
        var item = Captures.sealed(capture, device.getIntakeKey().getPublicKeyset(), id, device.getDeviceId());
        SubmissionResult result = api.call(HttpRequest.POST("/v1/submissions",
                        new SubmissionBatch(device.getDeviceId(), List.of(item))), officer, SubmissionResults.class)
                .getResults().get(0);
        assertEquals(SubmissionStatus.ACCEPTED, result.getStatus(), () -> "the capture was accepted; problem: "
                + (result.getProblem() == null ? "none" : result.getProblem().getType() + " " + result.getProblem().getViolations()));
        return id;
    }

    /** Seals these bytes as the opened capture would be, pushes them, and returns the item's result. */
    public SubmissionResult push(byte[] plaintext, UUID submissionId) {
        Submission item = new Submission(submissionId, "domestic-abuse-incident", OffsetDateTime.now(ZoneOffset.UTC),
                Captures.seal(plaintext, device.getIntakeKey().getPublicKeyset(), submissionId, device.getDeviceId()));
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(device.getDeviceId(), List.of(item))),
                officer, SubmissionResults.class).getResults().get(0);
    }

    /** The contact the submission opened, as this triager's queue shows it. */
    public static ContactSummary contactFor(Api api, EmulatorUsers.SignedIn triager, UUID submissionId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts?limit=500"), triager, ContactQueue.class).getContacts()
                .stream().filter(c -> c.getSubmissionId().equals(submissionId)).findFirst().orElseThrow();
    }

    /** The whole contact the submission opened, as the triager opens it: the children's voice and networks. */
    public static ContactDetail openContact(Api api, EmulatorUsers.SignedIn triager, UUID submissionId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactFor(api, triager, submissionId).getContactId()),
                triager, ContactDetail.class);
    }
}
