package org.govkiosk.face.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches the head pose over frames for the asked action: a turn moves {@link HeadPose#yaw()} by at least
 * {@code minYawChange} from where the head started, a nod moves {@link HeadPose#pitch()} by at least
 * {@code minPitchChange}, held for two frames in a row (one noisy frame is not an action). The start is the median
 * of the first three frames. A flat photo, however it is moved in its own plane, keeps both ratios constant.
 */
public final class LivenessCheck {
    static final int BASELINE_FRAMES = 3;
    static final int HOLD_FRAMES = 2;

    private final Challenge challenge;
    private final double minYawChange;
    private final double minPitchChange;
    private final List<HeadPose> start = new ArrayList<>();
    private HeadPose baseline;
    private int held;
    private double furthest;

    public LivenessCheck(Challenge challenge, double minYawChange, double minPitchChange) {
        this.challenge = challenge;
        this.minYawChange = minYawChange;
        this.minPitchChange = minPitchChange;
    }

    /** Adds one frame's pose; true once the action has been seen. */
    public boolean add(HeadPose pose) {
        if (passed()) return true;
        if (baseline == null) {
            start.add(pose);
            if (start.size() == BASELINE_FRAMES) baseline = median(start);
            return false;
        }
        double change = switch (challenge) {
            case TURN_LEFT -> (pose.yaw() - baseline.yaw()) / minYawChange;
            case TURN_RIGHT -> (baseline.yaw() - pose.yaw()) / minYawChange;
            case NOD -> Math.abs(pose.pitch() - baseline.pitch()) / minPitchChange;
        };
        furthest = Math.max(furthest, change);
        held = change >= 1 ? held + 1 : 0;
        return passed();
    }

    public boolean passed() {
        return held >= HOLD_FRAMES;
    }

    /** How far the head went towards the action, 1 = enough (for the technician). */
    public double furthest() {
        return furthest;
    }

    public Challenge challenge() {
        return challenge;
    }

    private static HeadPose median(List<HeadPose> poses) {
        double[] y = poses.stream().mapToDouble(HeadPose::yaw).sorted().toArray();
        double[] p = poses.stream().mapToDouble(HeadPose::pitch).sorted().toArray();
        return new HeadPose(y[y.length / 2], p[p.length / 2]);
    }
}
