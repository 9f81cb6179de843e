package doorstep.sync;

import doorstep.api.SubmissionsApi;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Device;
import doorstep.identity.DeviceRegistry;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.annotation.Controller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

@Controller
class SubmissionsController implements SubmissionsApi {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionsController.class);

    private final CurrentCaller currentCaller;
    private final DeviceRegistry devices;
    private final SubmissionIntake intake;
    private final SyncConfiguration configuration;
    private final MeterRegistry meters;
    private final PushGate gate;
    private final Clock clock;

    SubmissionsController(CurrentCaller currentCaller, DeviceRegistry devices, SubmissionIntake intake,
                          SyncConfiguration configuration, MeterRegistry meters, PushGate gate, Clock clock) {
        this.currentCaller = currentCaller;
        this.devices = devices;
        this.intake = intake;
        this.configuration = configuration;
        this.meters = meters;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public SubmissionResults pushSubmissions(SubmissionBatch batch) {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.PRACTITIONER);
        if (batch.getItems().size() > configuration.maxBatchItems()) {
            throw ProblemException.tooLarge("batch-too-large", "Send at most " + configuration.maxBatchItems()
                    + " items per push; nothing in this one was stored.",
                    Map.of("maxItems", configuration.maxBatchItems(), "items", batch.getItems().size()));
        }
        requireSealedPayloads(batch);
        Device device = devices.requireOwn(batch.getDeviceId(), caller);
        Instant start = clock.instant();
        List<SubmissionResult> results;
        try (PushGate.Pass pass = gate.enter(configuration.pushBudget().dividedBy(2))) {
            Duration left = configuration.pushBudget().minus(Duration.between(start, clock.instant()));
            results = new PushRun(clock, left).receive(batch.getItems(), item -> intake.receive(caller, device, item));
        }
        results.forEach(r -> {
            meters.counter("doorstep.submissions", "status", r.getStatus().getValue()).increment();
            LOG.info("Submission {} from device {}: {}", r.getSubmissionId(), device.id(), r.getStatus().getValue());
        });
        return new SubmissionResults(results);
    }

    /**
     * The contract requires every item's sealed payload, but the generated model cannot mark a byte
     * array {@code @NotNull}; without this an item lacking one fails the whole push with a 500.
     */
    private static void requireSealedPayloads(SubmissionBatch batch) {
        List<Violation> missing = IntStream.range(0, batch.getItems().size())
                .filter(i -> batch.getItems().get(i).getSealedPayload() == null)
                .mapToObj(i -> new Violation("items[" + i + "].sealedPayload", "must not be null"))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("Some fields are missing or out of range; see violations. "
                    + "Nothing in this push was stored.", missing);
        }
    }
}
