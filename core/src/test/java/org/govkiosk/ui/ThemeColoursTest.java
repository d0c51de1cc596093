package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import org.junit.jupiter.api.Test;

/** Every text/background pair the skin uses meets WCAG 4.5:1 (适老化 guidance asks the same). */
class ThemeColoursTest {
    @Test
    void textColoursMeetContrastOnTheirBackgrounds() {
        Color[][] pairs = {
                {Theme.TEXT, Theme.BACKGROUND}, {Theme.TEXT, Theme.PANEL}, {Theme.MUTED, Theme.PANEL},
                {Theme.MUTED, Theme.BACKGROUND}, {Color.WHITE, Theme.PRIMARY}, {Color.WHITE, Theme.TOP_BAR},
                {Color.WHITE, Theme.DANGER}, {Theme.DANGER, Theme.PANEL}, {Theme.OK, Theme.PANEL},
                {Theme.TEXT, Theme.SECONDARY}, {Theme.TEXT, Theme.WARNING_BG}, {Theme.DANGER, Theme.BACKGROUND},
        };
        for (Color[] p : pairs) {
            double c = AccessibilityCheck.contrast(p[0], p[1]);
            assertTrue(c >= 4.5, p[0] + " on " + p[1] + " has contrast " + c);
        }
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertTrue(Math.abs(AccessibilityCheck.contrast(Color.BLACK, Color.WHITE) - 21.0) < 0.01);
        assertTrue(Math.abs(AccessibilityCheck.contrast(Color.WHITE, Color.WHITE) - 1.0) < 0.01);
    }
}
