package org.govkiosk.face.live;

import java.time.Duration;
import java.util.Optional;

/**
 * A camera as the face check sees it: frames as the sensor delivers them (not mirrored), at its own rate, each
 * stamped with the camera's clock.
 * Blocking: call from a worker thread. Frames are personal data: the consumer wipes them.
 */
public interface FrameSource extends AutoCloseable {
    /** The next frame, waiting at most {@code timeout}; empty when none came (a camera that stopped delivering). */
    Optional<Frame> next(Duration timeout) throws InterruptedException;

    double framesPerSecond();

    @Override
    void close();
}
