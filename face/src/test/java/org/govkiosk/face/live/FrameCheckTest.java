package org.govkiosk.face.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.util.Arrays;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.face.FaceTestData;
import org.govkiosk.face.RgbImage;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Capture guidance on a webcam frame (400x300, the face about a quarter of the width) changed one way at a time. */
class FrameCheckTest {
    static final CaptureLimits LIMITS = CaptureLimits.from(org.govkiosk.config.KioskSettings.defaults().face());

    static BufferedImage webcam() throws Exception {
        return RgbImage.read(FaceTestData.sample("webcam", "cap12-001.png")).toBufferedImage();
    }

    static Guidance check(BufferedImage img) throws Exception {
        return FrameCheck.of(FaceTestData.engine(), RgbImage.of(img), LIMITS).guidance();
    }

    static BufferedImage placed(BufferedImage src, int canvasW, int canvasH, int x, int y, double scale) {
        BufferedImage out = new BufferedImage(canvasW, canvasH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new java.awt.Color(200, 200, 190));
        g.fillRect(0, 0, canvasW, canvasH);
        g.drawImage(src, x, y, (int) (src.getWidth() * scale), (int) (src.getHeight() * scale), null);
        g.dispose();
        return out;
    }

    @Test
    void aGoodWebcamFrameIsReady() throws Exception {
        assertEquals(Guidance.READY, check(webcam()));
    }

    @Test
    void farCloseAndOffCentreFacesAreGuided() throws Exception {
        BufferedImage w = webcam();
        // The frame shrunk in the middle of a large canvas: the face is small.
        assertEquals(Guidance.TOO_FAR, check(placed(w, 1200, 900, 400, 300, 1.0)));
        // Zoomed 3x around the face: it fills the frame.
        assertEquals(Guidance.TOO_CLOSE, check(placed(w, 400, 300, -420, -360, 3.0)));
        // The face pushed to the left edge.
        assertEquals(Guidance.OFF_CENTRE, check(placed(w, 400, 300, -130, 0, 1.0)));
    }

    @Test
    void darkBrightAndBlurredFramesAreGuided() throws Exception {
        BufferedImage w = webcam();
        assertEquals(Guidance.TOO_DARK, check(new RescaleOp(0.35f, 0, null).filter(w, null)));
        assertEquals(Guidance.TOO_BRIGHT, check(new RescaleOp(1.1f, 125, null).filter(w, null)));
        float[] box = new float[49];
        Arrays.fill(box, 1f / 49);
        assertEquals(Guidance.BLURRED, check(new ConvolveOp(new Kernel(7, 7, box), ConvolveOp.EDGE_NO_OP, null).filter(w, null)));
    }

    @Test
    void everyGuidanceAndChallengeHasPlainWordsInBothLanguages() {
        for (java.util.Locale l : new java.util.Locale[] {Messages.ZH, Messages.EN}) {
            Messages m = new Messages(l);
            for (Guidance g : Guidance.values()) assertTrue(m.has(g.messageKey()), l + " " + g.messageKey());
            for (Challenge c : Challenge.values()) assertTrue(m.has(c.messageKey()), l + " " + c.messageKey());
        }
    }
}
