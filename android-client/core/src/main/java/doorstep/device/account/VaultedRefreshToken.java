package doorstep.device.account;

import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The refresh token as a device setting, encrypted by the local vault; never stored in clear. */
public final class VaultedRefreshToken implements RefreshTokenSlot {

    private static final String RECORD_ID = "refresh-token";

    private final OutboxStore store;
    private final LocalVault vault;

    public VaultedRefreshToken(OutboxStore store, LocalVault vault) {
        this.store = store;
        this.vault = vault;
    }

    /** Empty when none is kept, or when it no longer opens (the phone's key was replaced): sign in again. */
    @Override
    public Optional<String> read() {
        Optional<byte[]> sealed = store.setting(DeviceSetting.REFRESH_TOKEN).filter(bytes -> bytes.length > 0);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(vault.decrypt(sealed.get(), RECORD_ID), StandardCharsets.UTF_8));
        } catch (UnreadableRecordProblem e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String refreshToken) {
        store.putSetting(DeviceSetting.REFRESH_TOKEN, vault.encrypt(refreshToken.getBytes(StandardCharsets.UTF_8), RECORD_ID));
    }

    /** The store cannot delete a setting, so an empty value stands for "signed out". */
    @Override
    public void clear() {
        store.putSetting(DeviceSetting.REFRESH_TOKEN, new byte[0]);
    }
}
