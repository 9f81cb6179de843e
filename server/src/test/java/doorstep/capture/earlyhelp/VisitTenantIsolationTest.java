package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.simulator.IncidentGenerator;
import doorstep.testing.ApiTest;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Visits;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Another tenant meets our early help visits as if they did not exist: their contact, and their people. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitTenantIsolationTest extends ApiTest {

    SignedIn triager;
    SignedIn otherTriager;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        otherTriager = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-triager");
    }

    @Test
    void otherTenantsTriagerCannotReadOurVisitsContact() {
        UUID visit = Visits.send(Visits.earlyHelpWorker(api, TENANT), Visits.visit(true));
        UUID contactId = Referrer.contactFor(api, triager, visit).getContactId();

        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/mash/contacts/" + contactId),
                otherTriager, 404).get("type"));
    }

    @Test
    void theSameChildVisitedInTwoTenantsIsTwoPeopleNeitherTenantCanSeeOfTheOther() {
        String nhsNumber = IncidentGenerator.madeUpNhsNumber(new Random());
        UUID ours = Visits.send(Visits.earlyHelpWorker(api, TENANT), sameChild(nhsNumber));
        UUID theirs = Visits.send(Visits.earlyHelpWorker(api, OTHER_TENANT), sameChild(nhsNumber));

        UUID ourChild = childOf(triager, ours);
        UUID theirChild = childOf(otherTriager, theirs);

        assertNotEquals(ourChild, theirChild, "a visit's people resolve only against its own tenant's");
        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/people/" + ourChild + "/incidents"),
                otherTriager, 404).get("type"));
        assertEquals("/problems/not-found", api.refusal(HttpRequest.GET("/v1/people/" + ourChild + "/network"),
                otherTriager, 404).get("type"));
    }

    private static EarlyHelpVisit sameChild(String nhsNumber) {
        EarlyHelpVisit visit = Visits.visit("Isla", LocalDate.of(2018, 5, 9), true);
        visit.getChildren().get(0).nhsNumber(nhsNumber);
        return visit;
    }

    private UUID childOf(SignedIn reader, UUID visit) {
        return Referrer.openContact(api, reader, visit).getChildNetworks().get(0).getPerson().getPersonId();
    }
}
