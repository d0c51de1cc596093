package org.govkiosk.face.live;

import java.util.List;
import org.govkiosk.face.DetectedFace;
import org.govkiosk.face.FaceAligner;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.RgbImage;

/**
 * One frame judged for capture: the face in it (if exactly one), its head pose, how sharp and bright it is,
 * and the guidance to show.
 */
public record FrameCheck(Guidance guidance, DetectedFace face, HeadPose pose, double sharpness, double brightness) {
    public boolean ready() { return guidance == Guidance.READY; }

    public static FrameCheck of(FaceEngine engine, RgbImage frame, CaptureLimits limits) {
        FaceEngine.Analysis a = engine.analyse(frame);
        if (!a.usable()) {
            return new FrameCheck(a.unusable() == FaceEngine.Unusable.NO_FACE ? Guidance.NO_FACE : Guidance.MORE_THAN_ONE_FACE,
                    null, null, 0, 0);
        }
        DetectedFace f = a.face();
        HeadPose pose = HeadPose.of(f);
        double brightness = frame.meanBrightness(Math.round(f.x1()), Math.round(f.y1()), Math.round(f.x2()), Math.round(f.y2()));
        double sharpness = sharpness(FaceAligner.alignedImage(frame, f));
        double width = f.width() / frame.width();
        double off = Math.max(Math.abs(f.centreX() - frame.width() / 2.0) / frame.width(),
                Math.abs(f.centreY() - frame.height() / 2.0) / frame.height());
        Guidance g;
        if (width < limits.minFaceWidth()) g = Guidance.TOO_FAR;
        else if (width > limits.maxFaceWidth()) g = Guidance.TOO_CLOSE;
        else if (off > limits.maxOffCentre()) g = Guidance.OFF_CENTRE;
        else if (brightness < limits.minBrightness()) g = Guidance.TOO_DARK;
        else if (brightness > limits.maxBrightness()) g = Guidance.TOO_BRIGHT;
        else if (sharpness < limits.minSharpness()) g = Guidance.BLURRED;
        else g = Guidance.READY;
        return new FrameCheck(g, f, pose, sharpness, brightness);
    }

    /** Variance of the 4-neighbour Laplacian of the grey aligned face: low when blurred or out of focus. */
    static double sharpness(RgbImage face) {
        int w = face.width(), h = face.height();
        double[] grey = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = face.rgb(x, y);
                grey[y * w + x] = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
            }
        }
        double sum = 0, sq = 0;
        int n = 0;
        // The central part only: the warp's black borders would count as edges.
        for (int y = h / 4; y < h * 3 / 4; y++) {
            for (int x = w / 4; x < w * 3 / 4; x++) {
                double l = grey[(y - 1) * w + x] + grey[(y + 1) * w + x] + grey[y * w + x - 1] + grey[y * w + x + 1] - 4 * grey[y * w + x];
                sum += l;
                sq += l * l;
                n++;
            }
        }
        face.wipe();
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    static List<Guidance> all() {
        return List.of(Guidance.values());
    }
}
