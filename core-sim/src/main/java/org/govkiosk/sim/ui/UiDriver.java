package org.govkiosk.sim.ui;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.utils.Disableable;
import java.util.ArrayList;
import java.util.List;
import org.govkiosk.ui.StageWalk;

/**
 * Drives the real Stage the way a finger does: a tap is a touch down and up at the centre of the named
 * actor, in screen coordinates, through the Stage's input handling. Used by the scenario runner and tests;
 * call on the UI thread.
 */
public final class UiDriver {
    private UiDriver() {}

    /** SCROLLED: the element was scrolled into view; tap again on the next frame, once it is drawn there. */
    public enum TapResult { TAPPED, NOT_FOUND, HIDDEN, DISABLED, COVERED, SCROLLED }

    public static TapResult tap(Stage stage, String name) {
        Actor a = stage.getRoot().findActor(name);
        if (a == null) return TapResult.NOT_FOUND;
        if (!visible(a)) return TapResult.HIDDEN;
        if (a instanceof Disableable d && d.isDisabled()) return TapResult.DISABLED;
        if (!insidePanes(a)) {
            scrollIntoView(a);
            return TapResult.SCROLLED;
        }
        Vector2 centre = a.localToStageCoordinates(new Vector2(a.getWidth() / 2, a.getHeight() / 2));
        // A finger touches whatever is on top: refuse to tap an element that something else covers.
        Actor hit = stage.hit(centre.x, centre.y, true);
        if (hit == null || !hit.isDescendantOf(a)) return TapResult.COVERED;
        Vector2 screen = stage.stageToScreenCoordinates(centre.cpy());
        stage.touchDown((int) screen.x, (int) screen.y, 0, 0);
        stage.touchUp((int) screen.x, (int) screen.y, 0, 0);
        return TapResult.TAPPED;
    }

    /** Where the named actor is and what a finger at its centre would touch, for failure messages. */
    public static String describe(Stage stage, String name) {
        Actor a = stage.getRoot().findActor(name);
        if (a == null) return name + " not on stage";
        Vector2 c = a.localToStageCoordinates(new Vector2(a.getWidth() / 2, a.getHeight() / 2));
        Actor hit = stage.hit(c.x, c.y, true);
        return name + " centre " + (int) c.x + "," + (int) c.y + " size " + (int) a.getWidth() + "x" + (int) a.getHeight()
                + " touches " + (hit == null ? "nothing" : hit.getClass().getSimpleName() + "(" + hit.getName() + ")");
    }

    /** Whether the named actor exists, is visible, and (when disableable) enabled. */
    public static boolean tappable(Stage stage, String name) {
        Actor a = stage.getRoot().findActor(name);
        return a != null && visible(a) && !(a instanceof Disableable d && d.isDisabled()) && onScreen(stage, a);
    }

    static boolean onScreen(Stage stage, Actor a) { return StageWalk.onScreen(stage, a); }

    public static boolean visible(Actor a) { return StageWalk.visible(a); }

    /** Whether the actor's centre is inside the visible area of every scroll pane around it. */
    private static boolean insidePanes(Actor a) {
        for (Actor x = a.getParent(); x != null; x = x.getParent()) {
            if (x instanceof ScrollPane pane) {
                Vector2 c = a.localToAscendantCoordinates(pane, new Vector2(a.getWidth() / 2, a.getHeight() / 2));
                if (c.x < 0 || c.y < 0 || c.x > pane.getWidth() || c.y > pane.getHeight()) return false;
            }
        }
        return true;
    }

    private static void scrollIntoView(Actor a) {
        for (Actor x = a.getParent(); x != null; x = x.getParent()) {
            if (x instanceof ScrollPane pane && pane.getActor() != null) {
                // Centre the element in the pane: content moves up by one pixel per pixel of scrollY and left per
                // pixel of scrollX. (ScrollPane.scrollTo missed by the element's height on the catalog grid.)
                Vector2 c = a.localToAscendantCoordinates(pane, new Vector2(a.getWidth() / 2, a.getHeight() / 2));
                pane.setScrollY(pane.getScrollY() + pane.getHeight() / 2 - c.y);
                pane.setScrollX(pane.getScrollX() + c.x - pane.getWidth() / 2);
                pane.updateVisualScroll();
                // The pane moves its content in layout() or draw(): lay it out now so the next look sees it moved.
                pane.invalidate();
                pane.validate();
            }
        }
    }

    /** Every text on screen (labels and button captions), in tree order. */
    public static List<String> texts(Stage stage) {
        List<String> out = new ArrayList<>();
        collect(stage.getRoot(), out);
        return out;
    }

    private static void collect(Actor a, List<String> out) {
        if (!a.isVisible()) return;
        if (a instanceof Label l) out.add(l.getText().toString());
        if (a instanceof Group g) {
            for (Actor c : g.getChildren()) collect(c, out);
        }
    }

    /** Every actor on the stage, for checks over the whole screen (sizes, contrast). */
    public static List<Actor> actors(Stage stage) { return StageWalk.actors(stage); }
}
