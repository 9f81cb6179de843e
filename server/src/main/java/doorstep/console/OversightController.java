package doorstep.console;

import doorstep.identity.Role;
import doorstep.mash.OversightReading;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.time.Clock;
import java.util.Map;

/** The manager view: what is late or nearly late at the front door, and how old the backlog is. For MASH managers only. */
@Controller("/console/oversight")
class OversightController {

    private final OversightReading oversight;
    private final Clock clock;
    private final WorkHolders holders;

    OversightController(OversightReading oversight, Clock clock, WorkHolders holders) {
        this.oversight = oversight;
        this.clock = clock;
        this.holders = holders;
    }

    @Get
    HttpResponse<?> oversight(HttpRequest<?> request) {
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!caller.caller().has(Role.MASH_MANAGER)) {
            return Pages.problem(request, HttpStatus.FORBIDDEN, "You cannot see the manager view",
                    "The manager view is for MASH managers. Ask your administrator if you need it.");
        }
        OversightRows rows = new OversightRows(clock.instant(), uid -> holders.who(caller.caller(), uid));
        return Pages.page(request, HttpStatus.OK, "console/oversight", "Manager view",
                Map.of("oversight", rows.page(oversight.read(caller.caller()))));
    }
}
