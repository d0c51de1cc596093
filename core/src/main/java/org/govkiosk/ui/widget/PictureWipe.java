package org.govkiosk.ui.widget;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import java.nio.ByteBuffer;

/** Her pictures (a face, a page of her records) blanked in memory and on the graphics card before they are let go. */
final class PictureWipe {
    private PictureWipe() {}

    /** Zeroes the pixmap's pixels and draws the zeroes into the texture (either may be null). */
    static void blank(Pixmap pixmap, Texture texture) {
        if (pixmap == null) return;
        ByteBuffer px = pixmap.getPixels();
        px.clear();
        while (px.hasRemaining()) px.put((byte) 0);
        px.clear();
        if (texture != null) texture.draw(pixmap, 0, 0);
    }
}
