package org.govkiosk.face.camera;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FrameFeed;
import org.govkiosk.face.live.Frame;
import org.govkiosk.face.live.FrameSource;

/**
 * The desktop's and the tests' camera: whoever is "in front of it" is a recording (a folder of frames played at
 * its own rate, a held-up photo, an empty room), chosen with {@link #present}; each face check plays the scene
 * from its start through the same pipeline as the kiosk's V4L2 camera. The cable can be pulled ({@link #unplug}).
 */
public final class RecordedCamera extends KioskCamera {
    /** Something in front of the camera: opened afresh for each check. */
    public interface Scene {
        String name();

        FrameSource open() throws IOException;
    }

    private volatile Scene scene;
    private volatile boolean plugged = true;

    public RecordedCamera(Scene initial) {
        super("camera-recorded");
        this.scene = initial;
    }

    public void present(Scene next) {
        scene = next;
    }

    public Scene scene() {
        return scene;
    }

    public void unplug() {
        plugged = false;
        if (phase() != Phase.CLOSED) updateState(DeviceState.OFFLINE, "camera unplugged (recorded camera)");
    }

    public void replug() {
        plugged = true;
        if (phase() != Phase.CLOSED && matcherProblem() == null) updateState(DeviceState.ONLINE, "camera plugged in again (recorded camera)");
    }

    @Override
    protected void openCamera() throws DeviceException {
        if (!plugged) updateState(DeviceState.OFFLINE, "camera unplugged (recorded camera)");
    }

    @Override
    protected FrameFeed openCameraFeed() throws DeviceException {
        if (!plugged) throw new DeviceException(DeviceException.Code.OFFLINE, "device.state.offline", "camera unplugged (recorded camera)");
        Scene first = scene;
        FrameSource opened = open(first);
        statistics().increment("feeds");
        return new FrameFeed() {
            private Scene playing = first;
            private FrameSource source = opened;
            /** Camera clock across scenes: a new scene's frames continue where the last one stopped. */
            private long offset;
            private long lastNanos;

            @Override
            public Optional<CameraFrame> next(Duration timeout) throws InterruptedException, DeviceException {
                if (!plugged) {
                    throw new DeviceException(DeviceException.Code.OFFLINE, "device.state.offline", "camera unplugged during a check");
                }
                Scene now = scene;
                if (now != playing) {
                    // Someone else stepped in front during the check: the camera keeps running, the picture changes.
                    source.close();
                    source = open(now);
                    playing = now;
                    offset = lastNanos + 1;
                }
                Optional<Frame> f = source.next(timeout);
                if (f.isEmpty()) return Optional.empty();
                var img = f.get().image();
                int[] px = new int[img.width() * img.height()];
                for (int y = 0, i = 0; y < img.height(); y++) for (int x = 0; x < img.width(); x++) px[i++] = img.rgb(x, y);
                img.wipe();
                lastNanos = offset + f.get().nanos();
                return Optional.of(new CameraFrame(img.width(), img.height(), px, lastNanos));
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    private static FrameSource open(Scene s) throws DeviceException {
        try {
            return s.open();
        } catch (IOException | RuntimeException e) {
            throw new DeviceException(DeviceException.Code.FAILURE, "device.state.hardware_error", "scene " + s.name() + ": " + e.getMessage());
        }
    }
}
