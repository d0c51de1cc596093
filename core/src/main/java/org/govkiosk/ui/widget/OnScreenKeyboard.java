package org.govkiosk.ui.widget;

import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.function.Consumer;
import org.govkiosk.ui.Elements;

/**
 * Letters and digits for search: pinyin, pinyin initials and English all need only these, so citizens
 * search without an input method. Keys are named {@code key.a} ... for the scenario runner.
 */
public final class OnScreenKeyboard extends Table {
    public static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

    public OnScreenKeyboard(Skin skin, float keySize, String spaceText, String deleteText, String clearText,
                            Consumer<String> onKey, Runnable onDelete, Runnable onClear) {
        setName(Elements.KEYBOARD);
        defaults().pad(4).size(keySize);
        for (String row : ROWS) {
            Table r = new Table();
            r.defaults().pad(4).size(keySize);
            for (char c : row.toCharArray()) {
                String k = String.valueOf(c);
                r.add(Widgets.button(skin, "key", Elements.key(k), k.toUpperCase(), () -> onKey.accept(k)));
            }
            add(r).size(r.getPrefWidth(), keySize + 8).row();
        }
        Table last = new Table();
        last.defaults().pad(4).height(keySize);
        last.add(Widgets.button(skin, "key", Elements.KEY_SPACE, spaceText, () -> onKey.accept(" "))).width(keySize * 4);
        last.add(Widgets.button(skin, "secondary", Elements.KEY_DELETE, deleteText, onDelete)).width(keySize * 2.5f);
        last.add(Widgets.button(skin, "secondary", Elements.KEY_CLEAR, clearText, onClear)).width(keySize * 2.5f);
        add(last).size(last.getPrefWidth(), keySize + 8).row();
    }
}
