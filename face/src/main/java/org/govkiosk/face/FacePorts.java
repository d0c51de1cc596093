package org.govkiosk.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govkiosk.config.FaceConfig;
import org.govkiosk.face.camera.KioskCamera;
import org.govkiosk.face.live.LiveCheckSettings;
import org.govkiosk.face.live.LiveFaceVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera and the verifier as both launchers assemble them: the models are loaded on a thread of their own
 * once the kiosk's first screen is on, released after {@code face.idleUnload} without a face check and loaded again
 * when one is coming; when they are missing or cannot be loaded the camera says so (HARDWARE_ERROR with
 * the file and the fix) and the face option shows as unavailable, honestly, while card and app code work.
 */
public record FacePorts(KioskCamera camera, LiveFaceVerifier verifier) {
    private static final Logger log = LoggerFactory.getLogger(FacePorts.class);
    static final String[] MODEL_FILES = {"pnet.tflite", "rnet.tflite", "onet.tflite", "MobileFaceNet.tflite"};

    public static FacePorts assemble(FaceConfig config, KioskCamera camera) {
        FaceSettings settings = FaceSettings.from(config);
        Optional<String> missing = missingModel(settings);
        if (missing.isPresent()) {
            log.error("face matching unavailable: {}", missing.get());
            camera.matcherUnavailable(missing.get());
            return new FacePorts(camera, null);
        }
        LiveFaceVerifier verifier = LiveFaceVerifier.loadInBackground(settings, LiveCheckSettings.from(config), config.idleUnload(),
                camera::matcherUnavailable);
        return new FacePorts(camera, verifier);
    }

    /** A model file that is not there (checked at once; a corrupt one shows when loading). */
    static Optional<String> missingModel(FaceSettings settings) {
        Path dir;
        try {
            dir = settings.modelDirectory();
        } catch (FaceModelException e) {
            return Optional.of(e.getMessage());
        }
        for (String f : MODEL_FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) return Optional.of("no model file " + p + ". " + FaceModelException.HOW_TO_FIX);
        }
        return Optional.empty();
    }
}
