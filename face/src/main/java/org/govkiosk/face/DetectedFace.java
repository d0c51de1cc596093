package org.govkiosk.face;

/**
 * One face found by the detector: its box in image pixels, the detector's confidence, and the five landmarks
 * (left eye, right eye, nose tip, left and right mouth corner, "left" as seen in the image).
 *
 * @param landmarks x0, y0, x1, y1, ... x4, y4
 */
public record DetectedFace(float x1, float y1, float x2, float y2, float confidence, float[] landmarks) {
    public static final int LANDMARKS = 5;

    public float width() { return x2 - x1 + 1; }

    public float height() { return y2 - y1 + 1; }

    public float centreX() { return (x1 + x2) / 2; }

    public float centreY() { return (y1 + y2) / 2; }

    public float landmarkX(int i) { return landmarks[2 * i]; }

    public float landmarkY(int i) { return landmarks[2 * i + 1]; }

    /** Distance between the eyes in pixels: the size measure alignment and guidance use. */
    public float eyeDistance() {
        return (float) Math.hypot(landmarkX(1) - landmarkX(0), landmarkY(1) - landmarkY(0));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "face at (%.0f,%.0f)-(%.0f,%.0f) %.0fx%.0f px, confidence %.3f",
                x1, y1, x2, y2, width(), height(), confidence);
    }
}
