package org.govkiosk.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FaceAlignerTest {
    @Test
    void similarityRecoversAKnownRotationScaleAndShift() {
        double angle = Math.toRadians(25), scale = 2.5, tx = 40, ty = -12;
        double a = scale * Math.cos(angle), b = scale * Math.sin(angle);
        float[] from = FaceAligner.TEMPLATE.clone();
        float[] to = new float[from.length];
        for (int i = 0; i < from.length / 2; i++) {
            to[2 * i] = (float) (a * from[2 * i] - b * from[2 * i + 1] + tx);
            to[2 * i + 1] = (float) (b * from[2 * i] + a * from[2 * i + 1] + ty);
        }
        assertArrayEquals(new double[] {a, b, tx, ty}, FaceAligner.similarity(from, to), 1e-3);
    }

    @Test
    void aFaceDrawnAtTheTemplateLandmarksComesOutWhereTheTemplateSaysEvenWhenTilted() {
        // Five dark dots on white at the template points, rotated by 30 degrees, scaled 3x and moved: after
        // alignment the dots are back at the template points.
        int w = 500, h = 500;
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, 0xFFFFFF);
        double angle = Math.toRadians(30), s = 3;
        float[] lm = new float[10];
        for (int i = 0; i < 5; i++) {
            double x = FaceAligner.TEMPLATE[2 * i] - 56, y = FaceAligner.TEMPLATE[2 * i + 1] - 56;
            lm[2 * i] = (float) (250 + s * (x * Math.cos(angle) - y * Math.sin(angle)));
            lm[2 * i + 1] = (float) (250 + s * (x * Math.sin(angle) + y * Math.cos(angle)));
            for (int dy = -4; dy <= 4; dy++) {
                for (int dx = -4; dx <= 4; dx++) {
                    px[(Math.round(lm[2 * i + 1]) + dy) * w + Math.round(lm[2 * i]) + dx] = 0;
                }
            }
        }
        RgbImage aligned = FaceAligner.alignedImage(new RgbImage(w, h, px), new DetectedFace(0, 0, w - 1, h - 1, 1, lm));
        for (int i = 0; i < 5; i++) {
            int x = Math.round(FaceAligner.TEMPLATE[2 * i]), y = Math.round(FaceAligner.TEMPLATE[2 * i + 1]);
            assertEquals(0, aligned.rgb(x, y) & 0xFF, 40, "dot " + i + " lands on the template");
        }
        assertEquals(255, aligned.rgb(56, 20) & 0xFF, 1, "between the dots stays white");
    }

    @Test
    void landmarksAllAtOnePointAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FaceAligner.similarity(new float[10], FaceAligner.TEMPLATE));
    }
}
