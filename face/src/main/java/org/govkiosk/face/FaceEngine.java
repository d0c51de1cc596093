package org.govkiosk.face;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The kiosk's face pipeline, one instance per process: MTCNN detection with five landmarks, similarity alignment
 * to the 112x112 template, MobileFaceNet embedding, cosine score against the configured threshold. Loading takes
 * about half a second on two cores: do it off the UI thread. Calls are serialised (one interpreter per model, P-Net
 * one per pyramid shape).
 * Nothing here writes an image, a template or a score anywhere.
 */
public final class FaceEngine implements AutoCloseable {
    /** Faces at least this fraction of the largest face's width count as "another person in front". */
    static final float OTHER_FACE_RATIO = 0.5f;

    /** Why a picture gave no face to compare. */
    public enum Unusable {
        NO_FACE("no face found"),
        MORE_THAN_ONE_FACE("more than one face");

        public final String technicianText;

        Unusable(String technicianText) {
            this.technicianText = technicianText;
        }
    }

    /** Exactly one face to compare, or why not. */
    public record Analysis(List<DetectedFace> faces, DetectedFace face, Unusable unusable) {
        public boolean usable() { return face != null; }
    }

    /** Outcome of a 1:1 comparison. {@code score} is NaN when a side had no usable face. */
    public record Comparison(Analysis reference, Analysis probe, double score, double threshold) {
        public boolean comparable() { return reference.usable() && probe.usable(); }

        public boolean samePerson() { return comparable() && score >= threshold; }
    }

    private final FaceSettings settings;
    private final MtcnnDetector detector;
    private final MobileFaceNetEmbedder embedder;

    private FaceEngine(FaceSettings settings, MtcnnDetector detector, MobileFaceNetEmbedder embedder) {
        this.settings = settings;
        this.detector = detector;
        this.embedder = embedder;
    }

    public static FaceEngine load(FaceSettings settings) throws FaceModelException {
        Path dir = settings.modelDirectory();
        MtcnnDetector d = new MtcnnDetector(dir, settings.threads());
        try {
            return new FaceEngine(settings, d, new MobileFaceNetEmbedder(dir, settings.threads()));
        } catch (FaceModelException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    public double threshold() {
        return settings.matchThreshold();
    }

    public FaceSettings settings() {
        return settings;
    }

    /** Every face at least {@code face.minFaceSize} px, largest first. */
    public synchronized List<DetectedFace> detect(RgbImage image) {
        List<DetectedFace> faces = new ArrayList<>(detector.detect(image, settings.minFaceSize()));
        faces.sort(Comparator.comparingDouble(DetectedFace::width).reversed());
        return List.copyOf(faces);
    }

    /** The one face to compare: the largest, unless another face nearly as large is in the picture. */
    public Analysis analyse(RgbImage image) {
        List<DetectedFace> faces = detect(image);
        if (faces.isEmpty()) return new Analysis(faces, null, Unusable.NO_FACE);
        DetectedFace largest = faces.get(0);
        long others = faces.stream().skip(1).filter(f -> f.width() >= OTHER_FACE_RATIO * largest.width()).count();
        if (others > 0) return new Analysis(faces, null, Unusable.MORE_THAN_ONE_FACE);
        return new Analysis(faces, largest, null);
    }

    public synchronized FaceTemplate template(RgbImage image, DetectedFace face) {
        return embedder.embed(FaceAligner.align(image, face));
    }

    public Comparison compare(RgbImage reference, RgbImage probe) {
        Analysis r = analyse(reference);
        Analysis p = analyse(probe);
        if (!r.usable() || !p.usable()) return new Comparison(r, p, Double.NaN, threshold());
        FaceTemplate a = template(reference, r.face());
        FaceTemplate b = template(probe, p.face());
        try {
            return new Comparison(r, p, a.cosine(b), threshold());
        } finally {
            a.wipe();
            b.wipe();
        }
    }

    /** Whether every native part (interpreters, resolvers, models) has been freed by {@link #close()}. */
    public synchronized boolean released() {
        return detector.released() && embedder.released();
    }

    @Override
    public synchronized void close() {
        detector.close();
        embedder.close();
    }
}
