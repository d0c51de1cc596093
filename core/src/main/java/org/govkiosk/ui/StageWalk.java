package org.govkiosk.ui;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a Stage's actor tree. Production needs it (headless layout, the accessibility check) and so does the
 * test driver in core-sim, which builds on it.
 */
public final class StageWalk {
    private StageWalk() {}

    /** Every actor on the stage, parents before children. */
    public static List<Actor> actors(Stage stage) {
        List<Actor> out = new ArrayList<>();
        walk(stage.getRoot(), out);
        return out;
    }

    private static void walk(Actor a, List<Actor> out) {
        out.add(a);
        if (a instanceof Group g) for (Actor c : g.getChildren()) walk(c, out);
    }

    /** Whether the actor and all its parents are visible and it is on a stage. */
    public static boolean visible(Actor a) {
        for (Actor x = a; x != null; x = x.getParent()) {
            if (!x.isVisible()) return false;
        }
        return a.getStage() != null;
    }

    /** Whether the actor's centre lies inside the visible stage (laid-out screens can overflow). */
    public static boolean onScreen(Stage stage, Actor a) {
        boolean inPane = false;
        for (Actor x = a.getParent(); x != null; x = x.getParent()) if (x instanceof ScrollPane) inPane = true;
        if (inPane) return true; // a tap scrolls it into view first
        Vector2 c = a.localToStageCoordinates(new Vector2(a.getWidth() / 2, a.getHeight() / 2));
        return c.x >= 0 && c.y >= 0 && c.x <= stage.getWidth() && c.y <= stage.getHeight();
    }
}
