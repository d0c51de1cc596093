package org.govkiosk.face.live;

import org.govkiosk.face.RgbImage;

/**
 * One camera frame and when it was taken on the camera's own clock (nanoseconds, any origin). Time limits of the
 * live check run on this clock, so a file played frame by frame on a busy machine is judged on the time the
 * recording shows, and a real camera on real time.
 */
public record Frame(RgbImage image, long nanos) {}
