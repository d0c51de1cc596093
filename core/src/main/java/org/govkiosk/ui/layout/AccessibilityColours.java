package org.govkiosk.ui.layout;

import com.badlogic.gdx.graphics.Color;

/** WCAG 2 relative luminance and contrast ratio. */
public final class AccessibilityColours {
    private AccessibilityColours() {}

    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(Color c) {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }

    private static double channel(float v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** {@code top} (with its alpha) over an opaque {@code bottom}. */
    public static Color over(Color top, Color bottom) {
        float a = top.a;
        return new Color(top.r * a + bottom.r * (1 - a), top.g * a + bottom.g * (1 - a), top.b * a + bottom.b * (1 - a), 1);
    }
}
