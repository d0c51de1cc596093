package org.govkiosk.device.link;

import java.util.function.Consumer;

/**
 * A link that notices by itself when its cable goes and comes back: the kiosk's {@code ReconnectingLink} (device
 * node polling, reopening) and the desktop's {@link PipeLink} (a simulated cable). Drivers are told through the
 * listener, so a device's status is right even while nobody talks to it.
 */
public interface WatchedLink extends ByteLink {
    /** Called with true when the link is up again and false when it is lost, on the thread that noticed. */
    void addStateListener(Consumer<Boolean> listener);

    /** Why the link is down, for the technician; empty while it is up or when the link cannot tell. */
    default String lastProblem() { return ""; }
}
