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

    /** Spelt out so the message-key check sees every key (a key built from the name could go missing unseen). */
    public String messageKey() {
        return switch (this) {
            case NO_FACE -> "face.guide.no_face";
            case MORE_THAN_ONE_FACE -> "face.guide.more_than_one_face";
            case TOO_FAR -> "face.guide.too_far";
            case TOO_CLOSE -> "face.guide.too_close";
            case OFF_CENTRE -> "face.guide.off_centre";
            case TOO_DARK -> "face.guide.too_dark";
            case TOO_BRIGHT -> "face.guide.too_bright";
            case BLURRED -> "face.guide.blurred";
            case READY -> "face.guide.ready";
        };
    }
}
