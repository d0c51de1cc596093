package org.govkiosk.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.utils.Disposable;
import java.util.HashMap;
import java.util.Map;

/**
 * Simple drawn pictures that show what to do (card onto reader, face to camera, phone to scanner). Drawn
 * with Pixmap so there are no image files to ship; made once, on first use.
 */
public final class Illustrations implements Disposable {
    private final Map<String, Texture> cache = new HashMap<>();

    public Texture card() {
        return cache.computeIfAbsent("card", k -> {
            Pixmap p = new Pixmap(320, 200, Pixmap.Format.RGBA8888);
            p.setColor(Color.valueOf("DDEBFA"));
            p.fillRectangle(0, 0, 320, 200);
            p.setColor(Color.valueOf("0B57A6"));
            p.fillRectangle(0, 0, 320, 36);
            p.setColor(Color.valueOf("9FB7D1"));
            p.fillRectangle(220, 60, 76, 100);
            p.setColor(Color.valueOf("47505C"));
            for (int i = 0; i < 4; i++) p.fillRectangle(24, 64 + i * 28, 170, 10);
            return texture(p);
        });
    }

    public Texture reader() {
        return cache.computeIfAbsent("reader", k -> {
            Pixmap p = new Pixmap(420, 90, Pixmap.Format.RGBA8888);
            p.setColor(Color.valueOf("2B3440"));
            p.fillRectangle(0, 0, 420, 90);
            p.setColor(Color.valueOf("1C6E31"));
            p.fillCircle(390, 45, 12);
            return texture(p);
        });
    }

    public Texture face() {
        return cache.computeIfAbsent("face", k -> {
            Pixmap p = new Pixmap(260, 260, Pixmap.Format.RGBA8888);
            p.setColor(Color.valueOf("0B57A6"));
            p.fillCircle(130, 130, 124);
            p.setColor(Color.valueOf("FCE3C8"));
            p.fillCircle(130, 130, 112);
            p.setColor(Color.valueOf("1B1F24"));
            p.fillCircle(92, 110, 12);
            p.fillCircle(168, 110, 12);
            p.fillRectangle(92, 180, 76, 10);
            return texture(p);
        });
    }

    public Texture phone() {
        return cache.computeIfAbsent("phone", k -> {
            Pixmap p = new Pixmap(180, 300, Pixmap.Format.RGBA8888);
            p.setColor(Color.valueOf("1B1F24"));
            p.fillRectangle(0, 0, 180, 300);
            p.setColor(Color.WHITE);
            p.fillRectangle(14, 30, 152, 230);
            p.setColor(Color.valueOf("1B1F24"));
            // a stylised QR code: three finder squares and some modules
            int[][] finders = {{30, 60}, {110, 60}, {30, 140}};
            for (int[] f : finders) {
                p.fillRectangle(f[0], f[1], 40, 40);
                p.setColor(Color.WHITE);
                p.fillRectangle(f[0] + 8, f[1] + 8, 24, 24);
                p.setColor(Color.valueOf("1B1F24"));
                p.fillRectangle(f[0] + 14, f[1] + 14, 12, 12);
            }
            for (int i = 0; i < 6; i++) p.fillRectangle(90 + (i % 3) * 22, 130 + (i / 3) * 26, 12, 12);
            return texture(p);
        });
    }

    private static Texture texture(Pixmap p) {
        Texture t = new Texture(p);
        t.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        p.dispose();
        return t;
    }

    @Override
    public void dispose() {
        cache.values().forEach(Texture::dispose);
        cache.clear();
    }
}
