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

    /**
     * A category's icon (catalog.json's {@code icon}: house, deed, medical, pension, fund, power, tax, household), drawn
     * in the palette's accent so it reads on its chip or tab in day and night colours. Unknown names get a plain dot.
     */
    public Texture categoryIcon(String categoryCode, Palette palette) {
        return categoryIcon(categoryCode, palette == Palette.NIGHT ? Color.valueOf("9CC3F0") : palette.primary());
    }

    /** The same icon in another ink: on a tab filled with the accent (the chosen one), in that tab's text colour. */
    public Texture categoryIcon(String categoryCode, Color ink) {
        return cache.computeIfAbsent("icon." + categoryCode + "." + ink, k -> {
            int n = 96;
            Pixmap p = new Pixmap(n, n, Pixmap.Format.RGBA8888);
            Color hole = new Color(0, 0, 0, 0);
            p.setColor(ink);
            p.setBlending(Pixmap.Blending.None);
            switch (ICONS.getOrDefault(categoryCode, "")) {
                case "house" -> {
                    p.fillTriangle(8, 46, 48, 8, 88, 46);
                    p.fillRectangle(18, 44, 60, 44);
                    p.setColor(hole);
                    p.fillRectangle(40, 60, 16, 28);
                }
                case "deed" -> {
                    p.fillRectangle(16, 6, 64, 84);
                    p.setColor(hole);
                    p.fillRectangle(22, 12, 52, 72);
                    p.setColor(ink);
                    for (int i = 0; i < 3; i++) p.fillRectangle(28, 22 + i * 14, 40, 6);
                    p.fillCircle(60, 70, 10);
                }
                case "medical" -> {
                    p.fillRectangle(36, 10, 24, 76);
                    p.fillRectangle(10, 36, 76, 24);
                }
                case "pension" -> {
                    p.fillCircle(42, 18, 12);
                    p.fillRectangle(30, 34, 24, 34);
                    p.fillRectangle(30, 66, 9, 24);
                    p.fillRectangle(45, 66, 9, 24);
                    p.fillRectangle(66, 40, 6, 50);
                    p.fillRectangle(54, 40, 18, 6);
                }
                case "fund" -> {
                    p.fillCircle(48, 48, 40);
                    p.setColor(hole);
                    p.fillCircle(48, 48, 32);
                    p.setColor(ink);
                    p.fillTriangle(24, 50, 48, 26, 72, 50);
                    p.fillRectangle(32, 48, 32, 22);
                }
                case "power" -> {
                    p.fillTriangle(56, 4, 20, 54, 50, 54);
                    p.fillTriangle(46, 42, 76, 42, 38, 92);
                }
                case "tax" -> {
                    p.fillRectangle(16, 6, 64, 84);
                    p.setColor(hole);
                    p.fillRectangle(22, 12, 52, 72);
                    p.setColor(ink);
                    p.fillCircle(36, 34, 8);
                    p.fillCircle(60, 66, 8);
                    for (int i = -3; i <= 3; i++) p.drawLine(64 + i, 24, 32 + i, 76);
                }
                case "household" -> {
                    p.fillCircle(32, 20, 12);
                    p.fillRectangle(20, 36, 24, 54);
                    p.fillCircle(66, 40, 10);
                    p.fillRectangle(56, 54, 20, 36);
                }
                default -> p.fillCircle(48, 48, 20);
            }
            return texture(p);
        });
    }

    /** Category code to icon name, from the catalog. */
    private final Map<String, String> ICONS = new HashMap<>();

    public Illustrations() {}

    /** The catalog's categories tell which icon each one wears. */
    public Illustrations(java.util.List<org.govkiosk.catalog.Category> categories) {
        for (var c : categories) if (c.icon() != null) ICONS.put(c.code(), c.icon());
    }

    /** Where the printed paper comes out: the kiosk front with the slot and a sheet coming out of it. */
    public Texture paperSlot() {
        return cache.computeIfAbsent("paperSlot", k -> {
            Pixmap p = new Pixmap(300, 220, Pixmap.Format.RGBA8888);
            p.setColor(Color.valueOf("2B3440"));
            p.fillRectangle(0, 120, 300, 100);
            p.setColor(Color.valueOf("111418"));
            p.fillRectangle(40, 140, 220, 14);
            p.setColor(Color.WHITE);
            p.fillRectangle(70, 20, 160, 128);
            p.setColor(Color.valueOf("9FB7D1"));
            for (int i = 0; i < 4; i++) p.fillRectangle(90, 40 + i * 20, 120, 8);
            p.setColor(Color.valueOf("A52019"));
            p.fillCircle(190, 120, 14);
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
