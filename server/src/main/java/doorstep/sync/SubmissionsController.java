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
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.annotation.Controller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

@Controller
class SubmissionsController implements SubmissionsApi {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionsController.class);

    private final CurrentCaller currentCaller;
    private final DeviceRegistry devices;
    private final SubmissionIntake intake;
    private final SyncConfiguration configuration;
    private final MeterRegistry meters;

    SubmissionsController(CurrentCaller currentCaller, DeviceRegistry devices, SubmissionIntake intake,
                          SyncConfiguration configuration, MeterRegistry meters) {
        this.currentCaller = currentCaller;
        this.devices = devices;
        this.intake = intake;
        this.configuration = configuration;
        this.meters = meters;
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
        Device device = devices.requireOwn(batch.getDeviceId(), caller);
        List<SubmissionResult> results = batch.getItems().stream()
                .map(item -> intake.receive(caller, device, item))
                .toList();
        results.forEach(r -> {
            meters.counter("doorstep.submissions", "status", r.getStatus().getValue()).increment();
            LOG.info("Submission {} from device {}: {}", r.getSubmissionId(), device.id(), r.getStatus().getValue());
        });
        return new SubmissionResults(results);
    }
}
