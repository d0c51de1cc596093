package org.govkiosk.face.camera;

import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FrameFeed;

/**
 * What the kiosk's cameras share: a camera is only worth offering when the face models behind it work, so a
 * model that is missing or cannot be loaded puts the camera in HARDWARE_ERROR with the reason for the technician,
 * and the face option shows as unavailable (card and app code stay).
 */
public abstract class KioskCamera extends AbstractDevice implements FaceCamera {
    private volatile String matcherProblem;

    protected KioskCamera(String id) {
        super(id, DeviceKind.CAMERA);
    }

    /** The face models cannot be used: this camera is out of use until the kiosk is restarted with them. */
    public void matcherUnavailable(String detail) {
        matcherProblem = detail;
        if (phase() != Phase.CLOSED) updateState(DeviceState.HARDWARE_ERROR, "face matching unavailable: " + detail);
    }

    public final String matcherProblem() {
        return matcherProblem;
    }

    @Override
    protected final void doOpen() throws DeviceException {
        if (matcherProblem != null) {
            updateState(DeviceState.HARDWARE_ERROR, "face matching unavailable: " + matcherProblem);
            return;
        }
        openCamera();
    }

    @Override
    public final FrameFeed openFeed() throws DeviceException {
        requireEnabled();
        if (matcherProblem != null) {
            throw new DeviceException(DeviceException.Code.FAILURE, "device.state.hardware_error", "face matching unavailable: " + matcherProblem);
        }
        return openCameraFeed();
    }

    /** Checks the camera is there (at start). */
    protected abstract void openCamera() throws DeviceException;

    protected abstract FrameFeed openCameraFeed() throws DeviceException;
}
