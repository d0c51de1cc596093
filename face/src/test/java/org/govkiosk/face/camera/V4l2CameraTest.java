package org.govkiosk.face.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.junit.jupiter.api.Test;

/**
 * The V4L2 camera where there is none (this machine has no camera): it says so for the technician and the face
 * option becomes unavailable. Frame conversion is in {@link MatFramesTest}; a real capture needs a kiosk.
 */
class V4l2CameraTest {
    @Test
    void anAbsentDeviceLeavesTheCameraUnavailableWithTheReason() throws Exception {
        V4l2Camera cam = new V4l2Camera(new CameraSettings("/dev/video-govkiosk-absent", 640, 480, 0, Duration.ofSeconds(2)));
        cam.start(); // the kiosk starts without its camera
        assertEquals(DeviceState.NO_DEVICE, cam.status().state());
        assertTrue(cam.status().technicianDetail().contains("/dev/video-govkiosk-absent"), cam.status().technicianDetail());
        assertFalse(cam.status().usable());
        assertTrue(cam.status().technicianDetail().contains("camera.device"), cam.status().technicianDetail());
        // A face check that tries it anyway gets a device error, not a hang.
        DeviceException e = assertThrows(DeviceException.class, cam::openFeed);
        assertEquals(DeviceException.Code.NO_HARDWARE, e.code());
        cam.close();
    }

    @Test
    void aDeviceThatIsNotACameraIsRefusedToo() throws Exception {
        V4l2Camera cam = new V4l2Camera(new CameraSettings("/dev/null", 640, 480, 0, Duration.ofSeconds(2)));
        cam.start();
        assertFalse(cam.status().usable());
        assertTrue(cam.status().technicianDetail().contains("/dev/null"), cam.status().technicianDetail());
        cam.close();
    }

    @Test
    void missingFaceModelsPutTheCameraOutOfUseWithTheReason() throws Exception {
        V4l2Camera cam = new V4l2Camera(new CameraSettings("/dev/video-govkiosk-absent", 640, 480, 0, Duration.ofSeconds(2)));
        cam.matcherUnavailable("no file models/face/onet.tflite");
        cam.start();
        assertEquals(DeviceState.HARDWARE_ERROR, cam.status().state());
        assertTrue(cam.status().technicianDetail().contains("onet.tflite"));
        assertThrows(DeviceException.class, cam::openFeed);
        cam.close();
    }

    @Test
    void aMountingRotationOtherThanQuarterTurnsIsAConfigError() {
        assertThrows(IllegalArgumentException.class, () -> new CameraSettings("/dev/video0", 640, 480, 45, Duration.ofSeconds(2)));
    }
}
