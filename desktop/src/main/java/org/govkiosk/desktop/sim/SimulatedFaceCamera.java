package org.govkiosk.desktop.sim;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceImage;

/**
 * A camera the developer panel points at someone: the holder of a document, a stranger, a printed photo of the
 * holder (fails liveness), or nobody. {@link #captureFace} waits until someone is in front of it or the time runs
 * out, like the real camera.
 */
public final class SimulatedFaceCamera extends SimulatedDevice implements FaceCamera {
    /** Who stands in front of the camera. */
    public sealed interface Scene permits Holder, Stranger, PrintedPhoto, Nobody {}

    public record Holder(String documentNumber) implements Scene {}

    public record Stranger() implements Scene {}

    /** A photo of the holder held up to the lens: the face matches, the liveness challenge does not. */
    public record PrintedPhoto(String documentNumber) implements Scene {}

    public record Nobody() implements Scene {}

    private final Object lock = new Object();
    private Scene scene = new Nobody();

    public SimulatedFaceCamera() {
        super("camera-sim", DeviceKind.CAMERA);
    }

    public void present(Scene next) {
        synchronized (lock) {
            scene = next;
            lock.notifyAll();
        }
    }

    public Scene scene() {
        synchronized (lock) {
            return scene;
        }
    }

    @Override
    public Optional<FaceImage> captureFace(Duration timeout) throws DeviceException {
        requireConnected();
        long deadline = System.nanoTime() + timeout.toNanos();
        Scene s;
        synchronized (lock) {
            while (scene instanceof Nobody) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return Optional.empty();
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                if (!plugged()) break;
            }
            s = scene;
        }
        requireConnected();
        statistics().increment("captures");
        if (s instanceof Holder h) {
            return Optional.of(new FaceImage(SimulatedFaces.png(SimulatedFaces.subjectOf(h.documentNumber())), "png", true));
        }
        if (s instanceof PrintedPhoto p) {
            return Optional.of(new FaceImage(SimulatedFaces.png(SimulatedFaces.subjectOf(p.documentNumber())), "png", false));
        }
        return Optional.of(new FaceImage(SimulatedFaces.png(SimulatedFaces.subjectOf(UUID.randomUUID().toString())), "png", true));
    }

    @Override
    protected void unplugged() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
