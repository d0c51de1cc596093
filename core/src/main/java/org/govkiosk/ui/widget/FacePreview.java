package org.govkiosk.ui.widget;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import java.nio.ByteBuffer;
import org.govkiosk.device.camera.CameraFrame;

/**
 * The live camera picture while a face check runs, shown as a mirror (she moves left, the picture moves left),
 * cropped to fill, under an oval guide with the outside dimmed. The guide turns green when the frame is good.
 * Only the latest frame exists, in one texture and one pixmap; {@link #wipe()} blanks both (her face is personal
 * data) and the screen calls it when the check ends. UI thread only.
 */
public final class FacePreview extends Widget {
    /** Oval guide size against the widget: where FrameCheck wants the face (about 15-65 % of the frame width). */
    private static final float OVAL_W = 0.56f, OVAL_H = 0.78f;
    private static final Color DIM = new Color(0.05f, 0.1f, 0.18f, 0.55f);
    private static final Color RING_WAIT = Color.WHITE;
    private static final Color RING_GOOD = Color.valueOf("2E9E5B");

    private final float prefW, prefH;
    private Pixmap pixmap;
    private Texture texture;
    private Texture guide;
    private boolean good;

    public FacePreview(float width, float height) {
        this.prefW = width;
        this.prefH = height;
        setName(org.govkiosk.ui.Elements.FACE_PREVIEW);
    }

    /** Shows {@code frame} (a copy the caller hands over) and wipes it. */
    public void show(CameraFrame frame) {
        try {
            if (pixmap == null || pixmap.getWidth() != frame.width() || pixmap.getHeight() != frame.height()) {
                disposePictures();
                pixmap = new Pixmap(frame.width(), frame.height(), Pixmap.Format.RGB888);
            }
            ByteBuffer px = pixmap.getPixels();
            px.clear();
            int[] rgb = frame.rgb();
            for (int v : rgb) {
                px.put((byte) (v >> 16)).put((byte) (v >> 8)).put((byte) v);
            }
            px.clear();
            if (texture == null) texture = new Texture(pixmap);
            else texture.draw(pixmap, 0, 0);
        } finally {
            frame.wipe();
        }
    }

    /** Whether the current frame is good enough (the ring turns green). */
    public void good(boolean isGood) {
        this.good = isGood;
    }

    public boolean showing() {
        return texture != null;
    }

    /** Blanks the picture in memory and on the graphics card, then lets it go. */
    public void wipe() {
        PictureWipe.blank(pixmap, texture);
        disposePictures();
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
        if (texture != null) {
            // Crop to fill the widget, mirrored (u from right to left).
            float tw = texture.getWidth(), th = texture.getHeight();
            float scale = Math.max(w / tw, h / th);
            float cw = w / scale, ch = h / scale;
            float u0 = (tw - cw) / 2 / tw, v0 = (th - ch) / 2 / th;
            float u1 = u0 + cw / tw, v1 = v0 + ch / th;
            batch.setColor(1, 1, 1, parentAlpha);
            batch.draw(texture, x, y, w, h, u1, v1, u0, v0);
        } else {
            batch.setColor(0.16f, 0.2f, 0.26f, parentAlpha);
            batch.draw(guide(), x, y, w, h, 0, 0, 0.001f, 0.001f);
        }
        Texture g = guide();
        batch.setColor(DIM.r, DIM.g, DIM.b, DIM.a * parentAlpha);
        batch.draw(g, x, y, w, h, 0f, 0f, 0.5f, 1f);
        Color ring = good ? RING_GOOD : RING_WAIT;
        batch.setColor(ring.r, ring.g, ring.b, parentAlpha);
        batch.draw(g, x, y, w, h, 0.5f, 0f, 1f, 1f);
        batch.setColor(c);
    }

    /**
     * One texture, two halves: left the dimming mask (opaque outside the oval), right the oval ring; both white,
     * tinted when drawn. Its top-left texel is opaque white, used for the empty background.
     */
    private Texture guide() {
        if (guide != null) return guide;
        int w = 240, h = 300;
        Pixmap p = new Pixmap(2 * w, h, Pixmap.Format.RGBA8888);
        p.setBlending(Pixmap.Blending.None);
        double a = OVAL_W * w / 2, b = OVAL_H * h / 2, cx = w / 2.0, cy = h / 2.0;
        double ring = 3.5 / Math.min(a, b);
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                double r = Math.sqrt(Math.pow((xx + 0.5 - cx) / a, 2) + Math.pow((yy + 0.5 - cy) / b, 2));
                float mask = (float) Math.max(0, Math.min(1, (r - 1) / ring + 0.5));
                p.drawPixel(xx, yy, Color.rgba8888(1, 1, 1, mask));
                float ringA = (float) Math.max(0, 1 - Math.abs(r - 1) / ring);
                p.drawPixel(w + xx, yy, Color.rgba8888(1, 1, 1, ringA));
            }
        }
        p.drawPixel(0, 0, Color.rgba8888(1, 1, 1, 1));
        guide = new Texture(p);
        guide.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        p.dispose();
        return guide;
    }

    /** Frees the guide too (screen hidden for good). */
    public void dispose() {
        wipe();
        if (guide != null) guide.dispose();
        guide = null;
    }

    @Override public float getPrefWidth() { return prefW; }
    @Override public float getPrefHeight() { return prefH; }
}
