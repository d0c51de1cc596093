package org.govkiosk.ui.layout;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.Layout;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.List;
import org.govkiosk.ui.StageWalk;
import org.govkiosk.ui.Theme;

/**
 * Checks a laid-out screen the way a careful reviewer would look at it, on the actor geometry and the theme's
 * colours (so it runs headless, without a GPU): nothing outside the viewport unless inside a scroll pane (and
 * nothing cut by a pane that does not scroll that way), no text overflowing its widget or cut short, no line
 * broken inside a word or a number ({@link LineBreaks}), no two texts on top of each other, every button at least
 * the theme's minimum target, text contrast at least 4.5:1 and buttons at least 3:1 against what is behind them
 * (WCAG 1.4.3 and 1.4.11), and no framed box left empty.
 */
public final class LayoutCheck {
    /** Pixels of tolerance for rounding in layout. */
    private static final float SLACK = 1.5f;
    /** A button's frame: text must keep clear of it. */
    private static final float BUTTON_EDGE = 3f;
    public static final double TEXT_CONTRAST = 4.5;
    public static final double COMPONENT_CONTRAST = 3.0;

    private LayoutCheck() {}

    public record Violation(String rule, String where, String detail) {
        @Override
        public String toString() { return rule + " " + where + ": " + detail; }
    }

    public static List<Violation> check(Stage stage, Theme theme, boolean elder) {
        for (Actor a : StageWalk.actors(stage)) if (a instanceof Layout l) l.validate();
        List<Violation> out = new ArrayList<>();
        Rectangle viewport = new Rectangle(0, 0, stage.getWidth(), stage.getHeight());
        List<TextBox> texts = new ArrayList<>();
        float minTarget = theme.minTarget(elder);
        // A modal layer (help, timeout warning) covers and dims everything under it: she sees and touches only it.
        int top = 0;
        var layers = stage.getRoot().getChildren();
        for (int i = 0; i < layers.size; i++) {
            Actor l = layers.get(i);
            if (l.isVisible() && l.getWidth() >= stage.getWidth() - 1 && l.getHeight() >= stage.getHeight() - 1) top = i;
        }
        for (Actor a : StageWalk.actors(stage)) {
            if (!StageWalk.visible(a) || a.getWidth() <= 0 && a.getHeight() <= 0) continue;
            if (layer(stage, a) < top) continue;
            if (a instanceof Table t && !(a instanceof Button) && t.getBackground() != null && nothingShown(t)) {
                // A framed box with nothing in it reads as something that failed to load.
                out.add(new Violation("empty-panel", describe(a), rect(bounds(a))));
            }
            boolean leaf = a instanceof Label || a instanceof Button || a instanceof TextField || a instanceof Image
                    || a instanceof ScrollPane;
            if (!leaf) continue;
            Rectangle r = bounds(a);
            ScrollPane pane = pane(a);
            Rectangle visible = r;
            if (pane == null) {
                if (!contains(viewport, r)) out.add(new Violation("off-screen", describe(a), rect(r) + " outside " + rect(viewport)));
            } else {
                Rectangle p = bounds(pane);
                if (pane.isScrollingDisabledX() && (r.x < p.x - SLACK || r.x + r.width > p.x + p.width + SLACK)) {
                    out.add(new Violation("cut-by-pane", describe(a), rect(r) + " wider than its pane " + rect(p)));
                }
                visible = intersection(r, p);
            }
            if (a instanceof Button b && a.getTouchable() == Touchable.enabled && !(a.getParent() instanceof Button)) {
                if (a.getWidth() < minTarget - SLACK || a.getHeight() < minTarget - SLACK) {
                    out.add(new Violation("small-target", describe(a), (int) a.getWidth() + "x" + (int) a.getHeight()
                            + " below " + (int) minTarget));
                }
                if (!b.isDisabled()) componentContrast(theme, b, out);
            }
            if (a instanceof Label l && l.getText().notEmpty()) {
                TextBox box = text(l, r, visible, out);
                if (box != null) texts.add(box);
                Button owner = button(l);
                // Inside its frame, not just its bounds: text touching or crossing the edge reads as spilled out.
                Rectangle inside = owner == null ? null : bounds(owner);
                if (inside != null) inside.set(inside.x + BUTTON_EDGE, inside.y + BUTTON_EDGE, inside.width - 2 * BUTTON_EDGE,
                        inside.height - 2 * BUTTON_EDGE);
                if (box != null && inside != null && !contains(inside, box.whole())) {
                    out.add(new Violation("text-outside-button", describe(l), "text " + rect(box.whole()) + " outside its button "
                            + describe(owner) + " " + rect(bounds(owner))));
                }
                double c = AccessibilityColours.contrast(textColour(l), theme.colourBehind(l));
                if (c < TEXT_CONTRAST) {
                    out.add(new Violation("text-contrast", describe(l), String.format("%.2f:1", c)));
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                TextBox x = texts.get(i), y = texts.get(j);
                if (x.visible == null || y.visible == null) continue;
                Rectangle o = intersection(x.visible, y.visible);
                if (o != null && o.width > 2 && o.height > 2) {
                    out.add(new Violation("text-overlap", describe(x.label), "over " + describe(y.label) + " by " + rect(o)));
                }
            }
        }
        return out;
    }

    /** The text as drawn: the part a citizen can see, and all of it (for text spilling out of its button). */
    private record TextBox(Label label, Rectangle visible, Rectangle whole) {}

    /** The label's text as drawn, checked for overflow, truncation and broken words. */
    private static TextBox text(Label l, Rectangle r, Rectangle visible, List<Violation> out) {
        GlyphLayout g = l.getGlyphLayout();
        String text = l.getText().toString();
        if (g.runs.isEmpty()) return null;
        boolean multi = l.getWrap() || text.indexOf('\n') >= 0;
        float x0 = 0;
        if (multi) {
            int align = l.getLabelAlign();
            if ((align & Align.right) != 0) x0 = l.getWidth() - g.width;
            else if ((align & Align.left) == 0) x0 = (l.getWidth() - g.width) / 2;
        }
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
        for (GlyphLayout.GlyphRun run : g.runs) {
            left = Math.min(left, x0 + run.x);
            right = Math.max(right, x0 + run.x + run.width);
        }
        float height = g.height;
        if (left < -SLACK || right > l.getWidth() + SLACK || height > l.getHeight() + SLACK + 2) {
            out.add(new Violation("text-overflow", describe(l), "text " + (int) (right - left) + "x" + (int) height
                    + " in a " + (int) l.getWidth() + "x" + (int) l.getHeight() + " box"));
        }
        // Drawn glyphs against the text: an ellipsis or a dropped glyph means she cannot read all of it.
        StringBuilder drawn = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        float lastY = Float.NaN;
        int t = 0;
        boolean lost = false;
        for (GlyphLayout.GlyphRun run : g.runs) {
            boolean newLine = !Float.isNaN(lastY) && run.y != lastY;
            lastY = run.y;
            for (int i = 0; i < run.glyphs.size; i++) {
                char c = (char) run.glyphs.get(i).id;
                if (Character.isWhitespace(c)) continue;
                while (t < text.length() && text.charAt(t) != c) t++;
                if (t == text.length()) {
                    lost = true;
                    break;
                }
                if (newLine) {
                    lineStarts.add(t);
                    newLine = false;
                }
                drawn.append(c);
                t++;
            }
        }
        String expected = text.replaceAll("\\s", "");
        if (lost || !drawn.toString().equals(expected)) {
            out.add(new Violation("text-cut", describe(l), "shows '" + drawn + "'"));
        }
        // A column squeezed to a couple of characters a line (an address in a narrow table cell): every line but the last
        // should hold a word's worth.
        if (!lost && expected.length() >= 10) {
            for (int i = 0; i < lineStarts.size(); i++) {
                int from = i == 0 ? 0 : lineStarts.get(i - 1);
                String line = text.substring(from, lineStarts.get(i)).replaceAll("\\s", "");
                if (line.length() < 3) {
                    out.add(new Violation("squeezed-text", describe(l), "a line of '" + line + "' in '" + text + "'"));
                    break;
                }
            }
        }
        for (int s : lineStarts) {
            if (!LineBreaks.allowed(text, s)) {
                out.add(new Violation("broken-word", describe(l), "'" + text.substring(Math.max(0, s - 6), s) + "/"
                        + text.substring(s, Math.min(text.length(), s + 6)) + "'"));
            }
        }
        // The box the text takes, for overlaps (vertically centred in its label unless aligned).
        float h = Math.min(height, l.getHeight());
        float y0;
        int align = l.getLabelAlign();
        if ((align & Align.top) != 0) y0 = l.getHeight() - h;
        else if ((align & Align.bottom) != 0) y0 = 0;
        else y0 = (l.getHeight() - h) / 2;
        Vector2 origin = l.localToStageCoordinates(new Vector2(Math.max(left, 0), y0));
        Rectangle box = new Rectangle(origin.x, origin.y, Math.min(right, l.getWidth()) - Math.max(left, 0), h);
        Rectangle seen = visible == null ? null : intersection(box, visible);
        float wy0 = (align & Align.top) != 0 ? l.getHeight() - height : (align & Align.bottom) != 0 ? 0 : (l.getHeight() - height) / 2;
        Vector2 wo = l.localToStageCoordinates(new Vector2(left, wy0));
        // The layout's height ends at the baseline of the last line: descenders (g, p, y) hang below it.
        float descent = -l.getStyle().font.getDescent() * l.getFontScaleY() / l.getStyle().font.getScaleY();
        return new TextBox(l, seen, new Rectangle(wo.x, wo.y - descent, right - left, height + descent));
    }

    /** The button a label is the text of, if any (a label inside a button's table counts too). */
    private static Button button(Actor a) {
        for (Actor p = a.getParent(); p != null; p = p.getParent()) if (p instanceof Button b) return b;
        return null;
    }

    private static boolean nothingShown(Table t) {
        for (Actor c : t.getChildren()) if (c.isVisible()) return false;
        return true;
    }

    private static void componentContrast(Theme theme, Button b, List<Violation> out) {
        Drawable d = buttonDrawable(b);
        Theme.Swatch s = theme.swatch(d);
        if (s == null) return;
        Color behind = theme.colourBehind(b.getParent());
        double fill = AccessibilityColours.contrast(s.fill(), behind);
        double edge = s.edge() == null ? 0 : AccessibilityColours.contrast(s.edge(), behind);
        if (Math.max(fill, edge) < COMPONENT_CONTRAST) {
            out.add(new Violation("component-contrast", describe(b), String.format("%.2f:1 against the page", Math.max(fill, edge))));
        }
    }

    /** The drawable a button shows in its present state (headless, nothing is drawn to set it). */
    public static Drawable buttonDrawable(Button b) {
        Button.ButtonStyle s = b.getStyle();
        if (b.isDisabled() && s.disabled != null) return s.disabled;
        if (b.isChecked() && s.checked != null) return s.checked;
        return s.up;
    }

    /** The colour the label's text is drawn in, following its button's state as TextButton.draw does. */
    public static Color textColour(Label l) {
        if (l.getParent() instanceof TextButton b && b.getLabel() == l) {
            TextButton.TextButtonStyle s = b.getStyle();
            Color c = null;
            if (b.isDisabled()) c = s.disabledFontColor;
            else if (b.isChecked()) c = s.checkedFontColor;
            if (c == null) c = s.fontColor;
            if (c != null) return c;
        }
        Color c = l.getStyle().fontColor == null ? Color.WHITE : l.getStyle().fontColor.cpy();
        return c.mul(l.getColor());
    }

    private static int layer(Stage stage, Actor a) {
        Actor x = a;
        while (x.getParent() != null && x.getParent() != stage.getRoot()) x = x.getParent();
        return stage.getRoot().getChildren().indexOf(x, true);
    }

    private static ScrollPane pane(Actor a) {
        for (Actor x = a.getParent(); x != null; x = x.getParent()) if (x instanceof ScrollPane p) return p;
        return null;
    }

    static Rectangle bounds(Actor a) {
        Vector2 lo = a.localToStageCoordinates(new Vector2(0, 0));
        Vector2 hi = a.localToStageCoordinates(new Vector2(a.getWidth(), a.getHeight()));
        return new Rectangle(Math.min(lo.x, hi.x), Math.min(lo.y, hi.y), Math.abs(hi.x - lo.x), Math.abs(hi.y - lo.y));
    }

    private static boolean contains(Rectangle outer, Rectangle r) {
        return r.x >= outer.x - SLACK && r.y >= outer.y - SLACK && r.x + r.width <= outer.x + outer.width + SLACK
                && r.y + r.height <= outer.y + outer.height + SLACK;
    }

    private static Rectangle intersection(Rectangle a, Rectangle b) {
        float x = Math.max(a.x, b.x), y = Math.max(a.y, b.y);
        float x2 = Math.min(a.x + a.width, b.x + b.width), y2 = Math.min(a.y + a.height, b.y + b.height);
        if (x2 <= x || y2 <= y) return null;
        return new Rectangle(x, y, x2 - x, y2 - y);
    }

    private static String rect(Rectangle r) {
        return "[" + (int) r.x + "," + (int) r.y + " " + (int) r.width + "x" + (int) r.height + "]";
    }

    static String describe(Actor a) {
        String name = a.getName();
        if (name == null && a.getParent() != null && a.getParent().getName() != null) name = a.getParent().getName() + ">";
        String text = a instanceof Label l ? l.getText().toString() : a instanceof TextButton b ? b.getText().toString() : null;
        if (text != null && text.length() > 24) text = text.substring(0, 24) + "…";
        return (name == null ? a.getClass().getSimpleName() : name) + (text == null ? "" : " '" + text.replace('\n', ' ') + "'");
    }
}
