package org.govkiosk.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govkiosk.config.FaceConfig;

/**
 * The face keys of the kiosk's config ({@code face.*} in default.properties, documented there).
 *
 * @param modelDir       where pnet/rnet/onet/MobileFaceNet.tflite are (empty: looked for, see {@link #modelDirectory()})
 * @param matchThreshold cosine score at or above which two faces are the same person
 * @param minFaceSize    smallest face side in pixels the detector looks for
 * @param threads        TensorFlow Lite threads per model
 */
public record FaceSettings(Optional<Path> modelDir, double matchThreshold, int minFaceSize, int threads) {
    public static final String MODEL_SUBDIR = "models/face";

    public static FaceSettings from(FaceConfig config) {
        return new FaceSettings(config.modelDir(), config.matchThreshold(), config.minFaceSize(), config.threads());
    }

    /**
     * The configured folder, else {@code models/face} in the working directory or any parent (where
     * scripts/fetch-models puts them), else {@code ~/.cache/govkiosk/models/face}.
     */
    public Path modelDirectory() throws FaceModelException {
        List<Path> looked = candidates();
        for (Path p : looked) if (Files.isRegularFile(p.resolve("MobileFaceNet.tflite"))) return p;
        if (modelDir.isPresent()) return modelDir.get(); // the configured one, so the error names the real file
        throw new FaceModelException("no face models found (looked in " + looked + "). " + FaceModelException.HOW_TO_FIX);
    }

    private List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        if (modelDir.isPresent()) return List.of(modelDir.get());
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) out.add(dir.resolve(MODEL_SUBDIR));
        out.add(Path.of(System.getProperty("user.home"), ".cache", "govkiosk", MODEL_SUBDIR));
        return out;
    }
}
