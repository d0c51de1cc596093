package org.govkiosk.face.live;

import org.govkiosk.face.DetectedFace;

/**
 * Head pose from the five landmarks, as ratios that do not change when the face moves or changes size:
 * {@code yaw} is the nose tip's sideways offset from the eyes' midpoint in eye distances (negative: nose
 * towards the frame's left, i.e. the person turned to their own right on an unmirrored camera);
 * {@code pitch} is where the nose tip sits between the eye line (0) and the mouth line (1): it grows when the
 * head nods down. A flat photo keeps both constant whatever a hand does with it in its own plane.
 */
public record HeadPose(double yaw, double pitch) {
    public static HeadPose of(DetectedFace f) {
        double ex = (f.landmarkX(0) + f.landmarkX(1)) / 2, ey = (f.landmarkY(0) + f.landmarkY(1)) / 2;
        double mx = (f.landmarkX(3) + f.landmarkX(4)) / 2, my = (f.landmarkY(3) + f.landmarkY(4)) / 2;
        // Measure along and across the eye line so an in-plane tilt of the head (or of a photo) does not count.
        double ux = f.landmarkX(1) - f.landmarkX(0), uy = f.landmarkY(1) - f.landmarkY(0);
        double eyes = Math.hypot(ux, uy);
        ux /= eyes;
        uy /= eyes;
        double nx = f.landmarkX(2) - ex, ny = f.landmarkY(2) - ey;
        double along = nx * ux + ny * uy;
        double down = -nx * uy + ny * ux;
        double mouthDown = -(mx - ex) * uy + (my - ey) * ux;
        return new HeadPose(along / eyes, mouthDown <= 0 ? 0 : down / mouthDown);
    }
}
