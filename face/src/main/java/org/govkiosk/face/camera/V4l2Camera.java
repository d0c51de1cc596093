package org.govkiosk.face.camera;

import java.time.Duration;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_videoio;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_videoio.VideoCapture;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FrameFeed;

/**
 * The kiosk's camera: a V4L2 device through OpenCV's {@code VideoCapture}, opened for each face check and let go
 * after it (the light goes off between citizens). Opening at start only checks that it is there: an absent device
 * leaves the camera OFFLINE with the reason for the technician, and the face option shows as unavailable.
 * Frames are converted to packed RGB and turned by the mounting rotation; nothing is written anywhere.
 */
public final class V4l2Camera extends KioskCamera {
    private final CameraSettings settings;

    public V4l2Camera(CameraSettings settings) {
        super("camera-v4l2");
        this.settings = settings;
    }

    /**
     * A probe at start: the device must open and deliver one frame, then it is let go until a check needs it.
     * An absent camera is not an error that stops the kiosk: the camera stays NO_DEVICE/OFFLINE with the reason,
     * and the next check tries to open it again (a camera plugged in later comes back).
     */
    @Override
    protected void openCamera() {
        try (Feed f = openCapture()) {
            Optional<CameraFrame> first = f.next(settings.openTimeout());
            if (first.isEmpty()) {
                updateState(DeviceState.OFFLINE, settings.device() + " opened but delivered no frame in "
                        + settings.openTimeout().toMillis() + " ms");
                return;
            }
            first.get().wipe();
            updateState(DeviceState.ONLINE, settings.device() + " " + settings.width() + "x" + settings.height()
                    + " rotation " + settings.rotation());
        } catch (DeviceException e) {
            updateState(e.code() == DeviceException.Code.NO_HARDWARE ? DeviceState.NO_DEVICE : DeviceState.OFFLINE, e.technicianDetail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            updateState(DeviceState.OFFLINE, "interrupted while probing " + settings.device());
        }
    }

    @Override
    protected FrameFeed openCameraFeed() throws DeviceException {
        try {
            Feed f = openCapture();
            if (!status().usable()) updateState(DeviceState.ONLINE, settings.device() + " back");
            return f;
        } catch (DeviceException e) {
            updateState(DeviceState.OFFLINE, e.technicianDetail());
            throw e;
        }
    }

    private Feed openCapture() throws DeviceException {
        VideoCapture cap;
        try {
            String dev = settings.device();
            cap = dev.matches("\\d+") ? new VideoCapture(Integer.parseInt(dev), opencv_videoio.CAP_V4L2)
                    : new VideoCapture(dev, opencv_videoio.CAP_V4L2);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new DeviceException(DeviceException.Code.FAILURE, "device.state.hardware_error",
                    "OpenCV could not be loaded for " + settings.device() + ": " + e);
        }
        if (!cap.isOpened()) {
            cap.close();
            boolean exists = !settings.device().startsWith("/") || java.nio.file.Files.exists(java.nio.file.Path.of(settings.device()));
            throw new DeviceException(exists ? DeviceException.Code.OFFLINE : DeviceException.Code.NO_HARDWARE, "device.state.no_device",
                    exists ? "V4L2 device " + settings.device() + " exists but cannot be opened (busy, no permission for the kiosk user, or not a capture device)"
                            : "no V4L2 camera at " + settings.device() + " (camera.device): unplugged or not detected; check `v4l2-ctl --list-devices`");
        }
        cap.set(opencv_videoio.CAP_PROP_FRAME_WIDTH, settings.width());
        cap.set(opencv_videoio.CAP_PROP_FRAME_HEIGHT, settings.height());
        return new Feed(cap, settings.rotation());
    }

    /** One open capture. VideoCapture.read blocks until the driver has a frame (V4L2 select timeout 10 s). */
    private final class Feed implements FrameFeed {
        private final VideoCapture cap;
        private final int rotation;
        private final Mat mat = new Mat();

        Feed(VideoCapture cap, int rotation) {
            this.cap = cap;
            this.rotation = rotation;
        }

        @Override
        public Optional<CameraFrame> next(Duration timeout) throws InterruptedException, DeviceException {
            if (Thread.interrupted()) throw new InterruptedException();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!cap.read(mat)) {
                    statistics().increment("readFailures");
                    updateState(DeviceState.OFFLINE, settings.device() + " stopped delivering frames");
                    return Optional.empty();
                }
                long at = System.nanoTime();
                try {
                    return Optional.of(MatFrames.toFrame(mat, rotation, at));
                } catch (IllegalArgumentException e) {
                    // A damaged frame is skipped; the next one may be fine.
                    statistics().increment("corruptFrames");
                }
            }
            return Optional.empty();
        }

        @Override
        public void close() {
            // The last picture is still in the Mat's native buffer: blank it before it is freed.
            if (!mat.empty()) mat.put(new org.bytedeco.opencv.opencv_core.Scalar(0.0));
            mat.close();
            cap.release();
            cap.close();
        }
    }
}
