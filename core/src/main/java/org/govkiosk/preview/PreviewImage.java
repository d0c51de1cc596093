package org.govkiosk.preview;

import java.util.Arrays;

/**
 * A document page as pixels (RGBA, 8 bits each, rows top to bottom) for the print screen's thumbnail. The pixels show
 * her name and record: personal data, wiped with {@link #wipe()} once the screen has them or the session has ended.
 */
public record PreviewImage(int width, int height, byte[] rgba) {
    public PreviewImage {
        if (width <= 0 || height <= 0 || rgba.length != width * height * 4) {
            throw new IllegalArgumentException("RGBA " + width + "x" + height + " needs " + width * height * 4 + " bytes, got " + rgba.length);
        }
    }

    /** Overwrites the pixels. */
    public void wipe() {
        Arrays.fill(rgba, (byte) 0);
    }

    public boolean blank() {
        for (byte b : rgba) if (b != 0) return false;
        return true;
    }
}
