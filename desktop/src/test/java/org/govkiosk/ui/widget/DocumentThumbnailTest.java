package org.govkiosk.ui.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.scenes.scene2d.utils.BaseDrawable;
import com.badlogic.gdx.utils.GdxNativesLoader;
import java.nio.ByteBuffer;
import org.govkiosk.preview.PreviewImage;
import org.govkiosk.sim.ui.NoOpGl20;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print preview's pixels are her personal data: the picture handed over is overwritten at once, and wiping the
 * thumbnail zeroes its pixmap (what is drawn into the texture) before both are let go. Headless: libGDX's native
 * pixmaps, a GL that does nothing.
 */
class DocumentThumbnailTest {
    @BeforeAll
    static void gdx() {
        GdxNativesLoader.load();
        if (Gdx.gl == null) {
            Gdx.gl = NoOpGl20.create();
            Gdx.gl20 = Gdx.gl;
        }
        if (Gdx.graphics == null) Gdx.graphics = new com.badlogic.gdx.backends.headless.mock.graphics.MockGraphics();
    }

    private static PreviewImage page() {
        byte[] rgba = new byte[4 * 3 * 4];
        for (int i = 0; i < rgba.length; i++) rgba[i] = (byte) (i * 7 + 1);
        return new PreviewImage(4, 3, rgba);
    }

    @Test
    void showingTakesThePictureOverAndOverwritesTheCopyItWasGiven() {
        PreviewImage img = page();
        DocumentThumbnail t = new DocumentThumbnail(new BaseDrawable(), 40, 60);
        t.show(img);
        assertTrue(t.showing());
        assertTrue(img.blank(), "the worker's copy is zeroed once the screen has it");
        ByteBuffer px = t.pixels();
        assertNotNull(px);
        assertEquals(1, px.get(0), "the pixmap holds the picture");
        assertEquals((byte) (5 * 7 + 1), px.get(5));
        t.wipe();
    }

    @Test
    void blankingZeroesThePixmapAndWipingLetsItGo() {
        DocumentThumbnail t = new DocumentThumbnail(new BaseDrawable(), 40, 60);
        t.show(page());
        ByteBuffer px = t.pixels();
        t.blank();
        for (int i = 0; i < px.capacity(); i++) assertEquals(0, px.get(i), "pixel byte " + i);
        t.wipe();
        assertFalse(t.showing(), "texture disposed");
        assertNull(t.pixels(), "pixmap disposed");
        t.wipe(); // twice is harmless: a session end after the screen already left
    }
}
