package org.govkiosk.face.live;

/**
 * What the citizen should change, worst first; {@link #READY} when the frame is good enough to use. Each has a
 * plain zh/en sentence in the message bundles under {@code face.guide.<name>} (short enough to be spoken).
 */
public enum Guidance {
    NO_FACE,
    MORE_THAN_ONE_FACE,
    TOO_FAR,
    TOO_CLOSE,
    OFF_CENTRE,
    TOO_DARK,
    TOO_BRIGHT,
    BLURRED,
    READY;

    public String messageKey() {
        return "face.guide." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
