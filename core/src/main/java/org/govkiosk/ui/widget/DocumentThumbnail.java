package org.govkiosk.ui.widget;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import java.nio.ByteBuffer;
import org.govkiosk.preview.PreviewImage;

/**
 * A page that will print, small: the certificate's first page or the receipt, as {@code DocumentPreviews} rendered
 * it off the render thread. Its pixels are her personal data: {@link #wipe()} zeroes the pixmap, draws the zeroes into
 * the texture and disposes both; the print screen calls it when it is left (which every end of a session does).
 * Until the picture arrives it shows an empty sheet. UI thread only.
 */
public final class DocumentThumbnail extends Widget {
    private final float prefW, prefH;
    private final Drawable sheet;
    private Pixmap pixmap;
    private Texture texture;

    /** @param sheet the paper behind the picture (and the empty sheet before it comes) */
    public DocumentThumbnail(Drawable sheet, float width, float height) {
        this.sheet = sheet;
        this.prefW = width;
        this.prefH = height;
    }

    /** Takes the picture over: copies it to the graphics card and wipes {@code image}. */
    public void show(PreviewImage image) {
        try {
            disposePictures();
            pixmap = new Pixmap(image.width(), image.height(), Pixmap.Format.RGBA8888);
            ByteBuffer px = pixmap.getPixels();
            px.clear();
            px.put(image.rgba());
            px.clear();
            texture = new Texture(pixmap);
            texture.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        } finally {
            image.wipe();
        }
    }

    public boolean showing() { return texture != null; }

    /** The pixmap's pixels, for the test that proves the wipe; null once wiped. */
    ByteBuffer pixels() { return pixmap == null ? null : pixmap.getPixels(); }

    /** Blanks the picture in memory and on the graphics card, then lets it go. Idempotent. */
    public void wipe() {
        blank();
        disposePictures();
    }

    /** Zeroes the pixmap and draws the zeroes into the texture (wipe's first half, apart for its test). */
    void blank() {
        PictureWipe.blank(pixmap, texture);
    }

    private void disposePictures() {
        if (texture != null) texture.dispose();
        if (pixmap != null) pixmap.dispose();
        texture = null;
        pixmap = null;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        float x = getX(), y = getY(), w = getWidth(), h = getHeight();
        Color c = batch.getColor().cpy();
        batch.setColor(1, 1, 1, parentAlpha);
        if (texture != null) {
            // The whole page, its proportions kept, centred in the widget on its paper.
            float scale = Math.min(w / texture.getWidth(), h / texture.getHeight());
            float dw = texture.getWidth() * scale, dh = texture.getHeight() * scale;
            float dx = x + (w - dw) / 2, dy = y + (h - dh) / 2;
            sheet.draw(batch, dx - 2, dy - 2, dw + 4, dh + 4);
            batch.draw(texture, dx, dy, dw, dh);
        } else {
            sheet.draw(batch, x, y, w, h);
        }
        batch.setColor(c);
    }

    @Override public float getPrefWidth() { return prefW; }
    @Override public float getPrefHeight() { return prefH; }
    @Override public float getMinWidth() { return prefW; }
    @Override public float getMinHeight() { return prefH; }
}
