package doorstep.identity;

import doorstep.api.DevicesApi;
import doorstep.api.model.DeviceAction;
import doorstep.api.model.DeviceCommand;
import doorstep.api.model.DeviceCommandRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.IntakeKey;
import doorstep.crypto.IntakeKeys;
import doorstep.crypto.IntakePublicKey;
import doorstep.problem.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.annotation.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

@Controller
class DevicesController implements DevicesApi {

    private static final Logger LOG = LoggerFactory.getLogger(DevicesController.class);

    private final CurrentCaller currentCaller;
    private final DeviceRepository devices;
    private final DeviceRegistry registry;
    private final IntakeKeys intakeKeys;
    private final DeviceFields fields;
    private final ApplicationEventPublisher<DeviceCommandIssued> commands;
    private final Clock clock;

    DevicesController(CurrentCaller currentCaller, DeviceRepository devices, DeviceRegistry registry,
                      IntakeKeys intakeKeys, DeviceFields fields, ApplicationEventPublisher<DeviceCommandIssued> commands,
                      Clock clock) {
        this.currentCaller = currentCaller;
        this.devices = devices;
        this.registry = registry;
        this.intakeKeys = intakeKeys;
        this.fields = fields;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DeviceEnrolment enrolDevice(DeviceEnrolmentRequest request) {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.PRACTITIONER);
        Instant now = clock.instant();
        // Looked up in the caller's tenant only: an id another tenant enrolled enrols here as if never
        // seen, so the answer says nothing of other tenants' devices.
        Device device = devices.findByIdAndTenantId(request.getDeviceId(), caller.tenantId())
                .map(existing -> reenrol(existing, caller, request, now))
                .orElseGet(() -> devices.save(new Device(request.getDeviceId(), caller.tenantId(), caller.uid(),
                        request.getPlatform().getValue(),
                        fields.sealAppVersion(caller.tenantId(), request.getDeviceId(), request.getAppVersion()),
                        fields.sealPushToken(caller.tenantId(), request.getDeviceId(), request.getPushToken()), now, now,
                        null)));
        LOG.info("Device {} enrolled for user {} of tenant {}", device.id(), caller.uid(), caller.tenantId());
        IntakePublicKey key = intakeKeys.publicKeyFor(caller.tenantId());
        return new DeviceEnrolment(device.id(), device.tenantId(), device.enrolledAt().atOffset(ZoneOffset.UTC),
                new IntakeKey(key.keyId(), key.publicKeyset()));
    }

    private Device reenrol(Device existing, Caller caller, DeviceEnrolmentRequest request, Instant now) {
        if (existing.revoked()) {
            throw DeviceRegistry.revokedProblem();
        }
        if (!existing.userUid().equals(caller.uid())) {
            throw ProblemException.conflict("device-enrolled-elsewhere", "Device already enrolled",
                    "This device id is enrolled to another user. Reset the app to get a new device id.");
        }
        Device updated = new Device(existing.id(), existing.tenantId(), existing.userUid(),
                request.getPlatform().getValue(),
                fields.sealAppVersion(existing.tenantId(), existing.id(), request.getAppVersion()),
                fields.sealPushToken(existing.tenantId(), existing.id(), request.getPushToken()),
                existing.enrolledAt(), now, null);
        devices.reenrol(updated.tenantId(), updated.id().toString(), updated.platform(), updated.appVersionCt(),
                updated.pushTokenCt(), now);
        return updated;
    }

    @Override
    @Transactional
    public HttpResponse<DeviceCommand> issueDeviceCommand(UUID deviceId, DeviceCommandRequest request) {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.ADMIN);
        Device device = registry.requireInTenant(deviceId, caller);
        if (request.getAction() == DeviceAction.REVOKE) {
            devices.revoke(device.tenantId(), device.id().toString(), clock.instant());
        }
        DeviceCommandIssued issued = new DeviceCommandIssued(UUID.randomUUID(), caller.tenantId(), device.id(),
                device.userUid(), request.getAction().getValue(), clock.instant());
        commands.publishEvent(issued);
        LOG.info("Command {} {} issued to device {} by {}", issued.commandId(), issued.action(), device.id(), caller.uid());
        return HttpResponse.accepted().body(new DeviceCommand(issued.commandId(), device.id(), request.getAction(),
                issued.issuedAt().atOffset(ZoneOffset.UTC)));
    }
}
