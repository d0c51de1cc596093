package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.face.FaceSettings;
import org.govkiosk.config.KioskConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Face with the real pipeline (MTCNN, liveness challenge, MobileFaceNet against the identity service's portrait)
 * on the desktop's recorded camera, headless: guidance, camera faults, missing or corrupt models. The accepted /
 * stranger / printed photo paths are face.scenario (SessionAcceptanceTest).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class FaceAcceptanceTest {
    @Test
    void nobodyAndTwoPeopleAreGuidedAndTheCardStillWorksOnTheSameScreen() throws Exception {
        var r = run("face-guidance", null).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "catalog", "attract");
        assertNoFaceOnDisk(r.out());
    }

    @Test
    void aStalledCameraGivesPlainWordsCorruptFramesAreSkippedAndAnUnpluggedCameraLeavesCardAndAppCode() throws Exception {
        AtomicReference<DeviceStatus> after = new AtomicReference<>();
        var r = run("face-camera-faults", k -> after.set(k.camera().status())).passed();
        assertEquals(3, r.report().screens().stream().filter("catalog"::equals).count(), "app code, corrupt-frame face, card");
        assertTrue(after.get().usable(), "the camera is back after the replug: " + after.get());
        assertNoFaceOnDisk(r.out());
    }

    @Test
    void aMissingModelFileMakesFaceUnavailableFromTheStart(@TempDir Path models) throws Exception {
        Path real = realModels();
        for (String f : List.of("pnet.tflite", "rnet.tflite", "onet.tflite")) Files.copy(real.resolve(f), models.resolve(f));
        AtomicReference<DeviceStatus> status = new AtomicReference<>();
        run("face-models-missing", Map.of("face.modelDir", models.toString()), k -> status.set(k.camera().status())).passed();
        assertEquals(DeviceState.HARDWARE_ERROR, status.get().state());
        assertTrue(status.get().technicianDetail().contains("MobileFaceNet.tflite"), status.get().technicianDetail());
    }

    @Test
    void aCorruptModelFileToo(@TempDir Path models) throws Exception {
        Path real = realModels();
        for (String f : List.of("pnet.tflite", "rnet.tflite", "onet.tflite")) Files.copy(real.resolve(f), models.resolve(f));
        Files.write(models.resolve("MobileFaceNet.tflite"), "not a model".getBytes());
        AtomicReference<DeviceStatus> status = new AtomicReference<>();
        run("face-models-missing", Map.of("face.modelDir", models.toString()), k -> status.set(k.camera().status())).passed();
        assertEquals(DeviceState.HARDWARE_ERROR, status.get().state());
        assertTrue(status.get().technicianDetail().contains("MobileFaceNet.tflite"), status.get().technicianDetail());
        assertFalse(status.get().usable());
    }

    private static Path realModels() throws Exception {
        Path dir = FaceSettings.from(org.govkiosk.config.KioskSettings.defaults().face()).modelDirectory();
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("MobileFaceNet.tflite")) || "true".equalsIgnoreCase(System.getenv("CI")),
                "run scripts/fetch-models");
        return dir;
    }

    /** The run's output folder holds prints and receipts only: no picture of a face, no frame. */
    private static void assertNoFaceOnDisk(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> images = s.filter(p -> p.toString().matches("(?i).*\\.(png|jpe?g|bmp|raw)$"))
                    .filter(p -> !p.toString().contains("receipts") && !p.toString().contains("screenshots")).toList();
            assertEquals(List.of(), images, "no image files besides receipts and screenshots");
        }
    }
}
