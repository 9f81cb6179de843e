package doorstep.device.account;

import doorstep.device.api.DevicesApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.model.DeviceEnrolment;
import doorstep.device.api.model.DeviceEnrolmentRequest;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import doorstep.device.sync.DeviceIdentity;
import doorstep.device.sync.TokenSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Enrols this phone for the signed-in officer ({@code POST /v1/devices}) and keeps the tenant's intake
 * key, so captures can be sealed with no signal. Enrolling again is harmless: the server refreshes it.
 */
public final class PhoneEnrolment {

    private final ApiClient api;
    private final TokenSource tokens;
    private final OutboxStore store;

    public PhoneEnrolment(ApiClient api, TokenSource tokens, OutboxStore store) {
        this.api = api;
        this.tokens = tokens;
        this.store = store;
    }

    public DeviceEnrolment enrol(DeviceEnrolmentRequest.PlatformEnum platform, String appVersion) throws SignInProblem {
        try {
            api.setBearerToken(tokens.idToken());
            DeviceEnrolment enrolment = new DevicesApi(api).enrolDevice(new DeviceEnrolmentRequest()
                    .deviceId(DeviceIdentity.loadOrCreate(store)).platform(platform).appVersion(appVersion));
            store.putSetting(DeviceSetting.INTAKE_KEY,
                    enrolment.getIntakeKey().getPublicKeyset().getBytes(StandardCharsets.UTF_8));
            return enrolment;
        } catch (IOException e) {
            throw new SignInProblem(SignInFailure.NO_SIGNAL, e);
        } catch (ApiException e) {
            throw new SignInProblem(failureOf(e), e);
        }
    }

    public boolean isEnrolled() {
        return intakeKey().isPresent();
    }

    /** The tenant's public keyset (Tink JSON) to seal captures to, once enrolled. */
    public Optional<String> intakeKey() {
        return store.setting(DeviceSetting.INTAKE_KEY).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private static SignInFailure failureOf(ApiException e) {
        if (e.getCode() == 0) {
            return SignInFailure.NO_SIGNAL;
        }
        if (e.getCode() == 401) {
            return SignInFailure.SIGNED_OUT;
        }
        if (e.getCode() == 403 || e.getCode() == 409) {
            return SignInFailure.PHONE_NOT_ALLOWED;
        }
        return SignInFailure.SERVICE_TROUBLE;
    }
}
