package org.govkiosk.ui;


import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the screen on the stage against the age-friendly (适老化) minimums: tap targets of 48 dp (60 dp
 * in elder mode), text of 18 dp, and main functions (buttons) of 30 dp in elder mode. Sizes are measured
 * on the laid-out actors, so a layout change that shrinks a button, or pushes it off screen, fails the check.
 */
public final class AccessibilityCheck {
    private AccessibilityCheck() {}

    /** @return the problems found, empty when the screen passes */
    public static List<String> check(Stage stage, Theme theme, boolean elder) {
        List<String> problems = new ArrayList<>();
        float minTarget = theme.dp(elder ? 60 : 48);
        float minText = theme.dp(18);
        float minMainText = theme.dp(elder ? 30 : 18);
        for (Actor a : StageWalk.actors(stage)) {
            if (!StageWalk.visible(a)) continue;
            if (a instanceof TextButton b) {
                // A button outside the screen (not in a scroll pane) cannot be reached at all.
                if (!StageWalk.onScreen(stage, b)) problems.add(name(b) + " is off screen");
                if (b.getWidth() < minTarget || b.getHeight() < minTarget) {
                    problems.add(name(b) + " is " + (int) b.getWidth() + "x" + (int) b.getHeight() + ", below " + (int) minTarget);
                }
                float cap = b.getLabel().getStyle().font.getCapHeight() * b.getLabel().getFontScaleY();
                float size = b.getLabel().getStyle().font.getLineHeight() / 1.3f;
                if (size < minMainText) problems.add(name(b) + " text " + size + " < " + minMainText + " (cap " + cap + ")");
            } else if (a instanceof Label l && !(l.getParent() instanceof TextButton) && l.getText().length() > 0) {
                float size = l.getStyle().font.getLineHeight() / 1.3f;
                if (size < minText) problems.add("label '" + l.getText() + "' text " + size + " < " + minText);
            }
        }
        return problems;
    }

    private static String name(Actor a) {
        return a.getName() == null ? a.getClass().getSimpleName() : a.getName();
    }

    /** WCAG relative-luminance contrast ratio between two colours (one formula: {@link AccessibilityColours}). */
    public static double contrast(Color a, Color b) {
        return org.govkiosk.ui.layout.AccessibilityColours.contrast(a, b);
    }
}
