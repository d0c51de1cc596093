package org.govkiosk.device.idcard;

import org.govkiosk.device.DeviceException;

/**
 * What a {@link CardWatcher} reports, on its worker thread: a UI hands results to its render thread
 * (libGDX: {@code Gdx.app.postRunnable}). Methods must return quickly.
 */
public interface CardListener {
    void cardRead(IdCardData data);

    /**
     * A card could not be used, or the reader failed. {@link CardRejectedException} (expired, bad check
     * digit) says the card was read but refused; other errors carry their citizen key and code.
     */
    void readFailed(DeviceException error);

    /** The card that was read (or rejected) has left the reader. */
    void cardRemoved();
}
