package org.govkiosk.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.face.camera.RecordedCamera;
import org.govkiosk.face.live.LiveFaceVerifier;
import org.junit.jupiter.api.Test;

/** The verifier as the launchers assemble it: {@code face.idleUnload} from the config reaches it. */
class FacePortsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void theModelsLoadedAtStartAreReleasedAfterTheConfiguredIdleTimeAndPrepareLoadsThemAgain() throws Exception {
        var config = KioskSettings.load(null, Map.of("face.modelDir", FaceTestData.modelDir().toString(),
                "face.idleUnload", "300ms")).face();
        assertEquals(Duration.ofMillis(300), config.idleUnload());
        RecordedCamera camera = new RecordedCamera(new RecordedCamera.Scene() {
            @Override public String name() { return "nobody"; }
            @Override public org.govkiosk.face.live.FrameSource open() throws java.io.IOException {
                throw new java.io.IOException("no recording: this test checks no face");
            }
        });
        FacePorts ports = FacePorts.assemble(config, camera);
        LiveFaceVerifier verifier = ports.verifier();
        assertNotNull(verifier, "the models are there");
        try {
            waitFor(() -> verifier.releases() == 1, "loaded once at start, released 300 ms later without a face check");
            assertEquals(1, verifier.loads());
            assertTrue(verifier.unavailableReason().isEmpty(), "released is not unavailable");
            verifier.prepare();
            waitFor(verifier::loaded, "loaded again when a check is coming");
            assertEquals(2, verifier.loads());
        } finally {
            verifier.close();
            camera.close();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not within " + DEADLINE + ": " + what);
            Thread.sleep(10);
        }
    }
}
