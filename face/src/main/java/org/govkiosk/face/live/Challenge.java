package org.govkiosk.face.live;

import java.security.SecureRandom;
import java.util.Locale;

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

    public String messageKey() {
        return "face.challenge." + name().toLowerCase(Locale.ROOT);
    }
}
