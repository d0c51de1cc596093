package org.govkiosk.ui.widget;

import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.function.Consumer;
import org.govkiosk.ui.Elements;

/** Digits and X for typing an ID number; keys named {@code pad.0} ... {@code pad.x}, {@code pad.delete}. */
public final class NumericKeypad extends Table {
    public NumericKeypad(Skin skin, float keySize, String deleteText, Consumer<String> onKey, Runnable onDelete) {
        setName(Elements.KEYPAD);
        defaults().pad(6).size(keySize * 1.4f, keySize);
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0"};
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            add(Widgets.button(skin, "key", Elements.pad(k), k, () -> onKey.accept(k)));
            if (i % 3 == 2) row();
        }
        add();
        row();
        // A row of its own: "Delete" (and 删除 in large type) does not fit a digit key without breaking the word.
        add(Widgets.button(skin, "secondary", Elements.PAD_DELETE, deleteText, onDelete)).colspan(3).width(keySize * 4.2f + 24);
    }
}
