package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.utils.SnapshotArray;

/**
 * Speech mode, the screen-reader convention in one place: the first tap on a control reads it aloud and does
 * nothing else; a second tap on the same control within {@code speech.doubleTap} lets the touch through, so the
 * control works as usual. Nothing moves or rebuilds on the first tap: the layout stays under her finger.
 * Sits as a capture listener on the stage root, before any widget sees the touch.
 */
final class SpeechMode extends InputListener {
    private final KioskUi ui;
    private final long doubleTapNanos;
    private boolean on;
    private String lastControl;
    private long lastTapNanos;

    SpeechMode(KioskUi ui, long doubleTapMillis) {
        this.ui = ui;
        this.doubleTapNanos = doubleTapMillis * 1_000_000L;
    }

    boolean on() { return on; }

    void set(boolean value) {
        on = value;
        lastControl = null;
    }

    @Override
    public boolean touchDown(InputEvent event, float x, float y, int pointer, int button) {
        if (!on || pointer > 0) return false;
        Actor target = event.getTarget();
        Actor control = control(target);
        String key = key(control);
        long now = System.nanoTime();
        boolean second = key.equals(lastControl) && now - lastTapNanos <= doubleTapNanos;
        if (second) {
            // The second tap activates: the widget below gets this touch as an ordinary tap.
            lastControl = null;
            return false;
        }
        lastControl = key;
        lastTapNanos = now;
        ui.sayControl(describe(control, target));
        // Claim the touch so the widget never sees it (no press, no click, no visual change).
        event.stop();
        return true;
    }

    /** The button under the finger, or the actor itself when it is not part of one. */
    private static Actor control(Actor target) {
        for (Actor a = target; a != null; a = a.getParent()) if (a instanceof Button) return a;
        return target;
    }

    private static String key(Actor control) {
        if (control == null) return "";
        return control.getName() != null ? control.getName() : control.getClass().getName() + "@" + System.identityHashCode(control);
    }

    private String describe(Actor control, Actor target) {
        if (control instanceof Button b) {
            String text = text(b);
            if (b.isDisabled()) return ui.t("speech.control.disabled", text);
            return ui.t(b.isChecked() ? "speech.control.buttonChecked" : "speech.control.button", text);
        }
        if (target instanceof Label l && !l.getText().toString().isBlank()) return l.getText().toString().strip();
        // Anything else (a panel, the background, which on the attract screen starts a session): the screen's prompt.
        String prompt = ui.current() == null ? null : ui.current().prompt();
        return prompt == null ? "" : prompt;
    }

    /** Every label's text inside an actor, in reading order. */
    private String text(Actor a) {
        StringBuilder b = new StringBuilder();
        collect(a, b, ui.locale().getLanguage().equals("en") ? ", " : "，");
        return b.toString().strip();
    }

    private static void collect(Actor a, StringBuilder b, String separator) {
        if (!a.isVisible()) return;
        if (a instanceof Label l) {
            String t = l.getText().toString().strip();
            if (!t.isEmpty()) b.append(b.length() == 0 ? "" : separator).append(t);
            return;
        }
        if (a instanceof Group g) {
            SnapshotArray<Actor> children = g.getChildren();
            for (int i = 0; i < children.size; i++) collect(children.get(i), b, separator);
        }
    }
}
