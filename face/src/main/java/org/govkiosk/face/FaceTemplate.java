package org.govkiosk.face;

import java.util.Arrays;

/**
 * A face as MobileFaceNet's 192-number embedding, L2-normalised. Biometric data: it lives in the session and is
 * {@link #wipe() wiped} with it; it is never written to disk or logs.
 */
public final class FaceTemplate {
    private final float[] values;

    FaceTemplate(float[] raw) {
        double sum = 0;
        for (float v : raw) sum += (double) v * v;
        double norm = Math.sqrt(Math.max(sum, 1e-10));
        values = new float[raw.length];
        for (int i = 0; i < raw.length; i++) values[i] = (float) (raw[i] / norm);
    }

    /** Cosine similarity, -1..1 (both are unit vectors, so the dot product). */
    public double cosine(FaceTemplate other) {
        if (other.values.length != values.length) throw new IllegalArgumentException("templates of different models");
        double dot = 0;
        for (int i = 0; i < values.length; i++) dot += (double) values[i] * other.values[i];
        return dot;
    }

    public int dimensions() {
        return values.length;
    }

    public void wipe() {
        Arrays.fill(values, 0);
    }

    @Override
    public String toString() {
        return "FaceTemplate[" + values.length + " dims]";
    }
}
