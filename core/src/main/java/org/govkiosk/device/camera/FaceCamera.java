package org.govkiosk.device.camera;

import java.time.Duration;
import java.util.Optional;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;

/** Port for the face capture camera. Blocking: call from a worker thread. */
public interface FaceCamera extends Device {
    /** Waits up to {@code timeout} for a face in front of the camera; empty when none came. */
    Optional<FaceImage> captureFace(Duration timeout) throws DeviceException;
}
