package org.govkiosk.ui.widget;

import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import com.badlogic.gdx.utils.Align;

/** Small factories so every screen makes buttons and labels the same way (named, wrapped, sized). */
public final class Widgets {
    private Widgets() {}

    public static TextButton button(Skin skin, String style, String name, String text, Runnable onTap) {
        TextButton b = new TextButton(text, skin, style);
        b.setName(name);
        // Words stay whole: the button grows (or the layout check says it cannot) rather than break a word.
        WordLabel label = new WordLabel(text, b.getLabel().getStyle());
        b.setLabel(label);
        b.getLabel().setWrap(true);
        b.getLabel().setAlignment(Align.center);
        // Room above and below the words: a label that wraps to two lines makes its button taller (where the cell
        // lets it) instead of touching the frame.
        b.getLabelCell().padTop(8).padBottom(8);
        b.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                if (!b.isDisabled()) onTap.run();
            }
        });
        return b;
    }

    /**
     * A cell height of at least {@code min} and never less than the actor needs: a table short of room shrinks its
     * rows down to their minimum, which would cut a button whose words wrapped to two lines.
     */
    public static com.badlogic.gdx.scenes.scene2d.ui.Value atLeast(float min) {
        return new com.badlogic.gdx.scenes.scene2d.ui.Value() {
            @Override
            public float get(com.badlogic.gdx.scenes.scene2d.Actor a) {
                float pref = a instanceof com.badlogic.gdx.scenes.scene2d.utils.Layout l ? l.getPrefHeight() : 0;
                return Math.max(min, pref);
            }
        };
    }

    /** One line that keeps its natural width (clock, chips, captions). */
    public static Label label(Skin skin, String style, String text) {
        return new Label(text, skin, style);
    }

    /**
     * Text that wraps: only in a cell that gives it a width ({@code growX()} or {@code width(..)}), since a
     * wrapping label has no preferred width of its own.
     */
    public static Label paragraph(Skin skin, String style, String text) {
        Label l = new WordLabel(text, skin.get(style, Label.LabelStyle.class));
        l.setWrap(true);
        return l;
    }

    /**
     * A bar with a block sliding along it: work under way whose length nobody knows (reading the card, preparing and
     * printing). Moves through {@link org.govkiosk.ui.Motion}, so it asks for frames while it runs.
     */
    public static com.badlogic.gdx.scenes.scene2d.Actor progress(Skin skin, float width, float height) {
        com.badlogic.gdx.scenes.scene2d.ui.Table track = new com.badlogic.gdx.scenes.scene2d.ui.Table();
        track.setBackground(skin.getDrawable("track"));
        com.badlogic.gdx.scenes.scene2d.Group lane = new com.badlogic.gdx.scenes.scene2d.Group();
        com.badlogic.gdx.scenes.scene2d.ui.Image block = new com.badlogic.gdx.scenes.scene2d.ui.Image(skin.getDrawable("accent"));
        float bw = width / 4;
        block.setSize(bw, height);
        lane.addActor(block);
        block.addAction(org.govkiosk.ui.Motion.forever(com.badlogic.gdx.scenes.scene2d.actions.Actions.sequence(
                com.badlogic.gdx.scenes.scene2d.actions.Actions.moveTo(width - bw, 0, 1.1f, com.badlogic.gdx.math.Interpolation.sine),
                com.badlogic.gdx.scenes.scene2d.actions.Actions.moveTo(0, 0, 1.1f, com.badlogic.gdx.math.Interpolation.sine))));
        track.add(lane).size(width, height);
        return track;
    }

    /** A centred paragraph (titles and messages across the screen). */
    public static Label centred(Skin skin, String style, String text) {
        Label l = paragraph(skin, style, text);
        l.setAlignment(Align.center);
        return l;
    }

}
