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
        b.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                if (!b.isDisabled()) onTap.run();
            }
        });
        return b;
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

    /** A centred paragraph (titles and messages across the screen). */
    public static Label centred(Skin skin, String style, String text) {
        Label l = paragraph(skin, style, text);
        l.setAlignment(Align.center);
        return l;
    }

}
