package org.govkiosk.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.scenes.scene2d.Action;
import com.badlogic.gdx.scenes.scene2d.actions.Actions;
import com.badlogic.gdx.scenes.scene2d.actions.DelegateAction;

/**
 * Every animation on screen goes through here, so it keeps asking for frames while it moves: with non-continuous
 * rendering (render only when something changes, issue 15) an animation that does not ask would freeze.
 */
public final class Motion {
    private Motion() {}

    /** Runs {@code action} once, requesting a frame on every step until it is done. */
    public static Action animate(Action action) {
        DelegateAction d = new DelegateAction() {
            @Override
            protected boolean delegate(float delta) {
                requestFrame();
                return action == null || action.act(delta);
            }
        };
        d.setAction(action);
        return d;
    }

    /** Repeats {@code action} for as long as its actor is on screen, requesting frames all along. */
    public static Action forever(Action action) {
        return animate(Actions.forever(action));
    }

    static void requestFrame() {
        if (Gdx.graphics != null) Gdx.graphics.requestRendering();
    }
}
