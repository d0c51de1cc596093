package org.govkiosk.device.link;

/** A byte-link failure, typed so drivers can tell silence from a vanished port. */
public class LinkException extends Exception {
    public enum Kind {
        /** Nothing (or not enough) arrived before the deadline. */
        TIMEOUT,
        /** The link was closed by us. */
        CLOSED,
        /** The port vanished or the OS reported an I/O error (unplug, permissions). */
        IO
    }

    private final Kind kind;

    public LinkException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LinkException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
