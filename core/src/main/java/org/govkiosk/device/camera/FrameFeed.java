package org.govkiosk.device.camera;

import java.time.Duration;
import java.util.Optional;
import org.govkiosk.device.DeviceException;

/**
 * Frames from an open camera, at the camera's own rate, for one face check. Blocking: call from a worker.
 * Every frame returned belongs to the caller, who wipes it.
 */
public interface FrameFeed extends AutoCloseable {
    /**
     * The next frame, waiting at most {@code timeout}; empty when none came (a camera that stopped delivering).
     * A frame that cannot be decoded is skipped, never returned.
     */
    Optional<CameraFrame> next(Duration timeout) throws InterruptedException, DeviceException;

    /** Lets the camera go; never throws. */
    @Override
    void close();
}
