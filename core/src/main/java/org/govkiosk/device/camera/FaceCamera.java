package org.govkiosk.device.camera;

import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;

/**
 * Port for the face capture camera: a V4L2 camera on the kiosk, recorded frames on the desktop and in tests.
 * Blocking: call from a worker thread.
 */
public interface FaceCamera extends Device {
    /** Starts delivering frames for one check; the caller closes the feed. */
    FrameFeed openFeed() throws DeviceException;
}
