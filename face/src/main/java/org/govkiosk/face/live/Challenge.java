package org.govkiosk.face.live;

import java.security.SecureRandom;

/**
 * The one action the screen asks for, chosen at random per attempt so a prepared recording cannot know it in
 * advance. "Left" and "right" are the citizen's own (on an unmirrored camera her left turn moves the nose to the
 * frame's right). Each has a zh/en sentence under {@code face.challenge.<name>}.
 */
public enum Challenge {
    TURN_LEFT,
    TURN_RIGHT,
    NOD;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static Challenge random() {
        return values()[RANDOM.nextInt(values().length)];
    }

    /** Spelt out so the message-key check sees every key (a key built from the name could go missing unseen). */
    public String messageKey() {
        return switch (this) {
            case TURN_LEFT -> "face.challenge.turn_left";
            case TURN_RIGHT -> "face.challenge.turn_right";
            case NOD -> "face.challenge.nod";
        };
    }
}
