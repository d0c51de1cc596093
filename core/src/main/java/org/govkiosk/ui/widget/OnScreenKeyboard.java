package org.govkiosk.ui.widget;

import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.function.Consumer;
import org.govkiosk.ui.Elements;

/**
 * Letters and digits for search: pinyin, pinyin initials and English all need only these, so citizens
 * search without an input method. Keys are named {@code key.a} ... for the scenario runner. Where ten keys of the
 * theme's minimum size do not fit a row (elder mode), the letters go in alphabetical order, seven to a row: easier
 * to find for someone who never typed on a QWERTY keyboard, and narrow enough for a portrait screen.
 */
public final class OnScreenKeyboard extends Table {
    public static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    public static final String[] ALPHABETICAL = {"abcdefg", "hijklmn", "opqrstu", "vwxyz", "1234567", "890"};

    /** @param width the width the keyboard may take */
    public OnScreenKeyboard(Skin skin, float keySize, float width, String spaceText, String deleteText, String clearText,
                            Consumer<String> onKey, Runnable onDelete, Runnable onClear) {
        setName(Elements.KEYBOARD);
        float cell = keySize + 8;
        boolean qwerty = 10 * cell <= width;
        int columns = qwerty ? 10 : 7;
        for (String row : qwerty ? ROWS : ALPHABETICAL) {
            Table r = new Table();
            r.defaults().pad(4).size(keySize);
            for (char c : row.toCharArray()) {
                String k = String.valueOf(c);
                r.add(Widgets.button(skin, "key", Elements.key(k), k.toUpperCase(), () -> onKey.accept(k)));
            }
            add(r).size(r.getPrefWidth(), cell).row();
        }
        Table last = new Table();
        last.defaults().pad(4).height(keySize);
        int space = columns - 4 - (columns > 7 ? 2 : 0);
        int side = (columns - space) / 2;
        last.add(Widgets.button(skin, "key", Elements.KEY_SPACE, spaceText, () -> onKey.accept(" "))).width(cell * space - 8);
        last.add(Widgets.button(skin, "secondary", Elements.KEY_DELETE, deleteText, onDelete)).width(cell * side - 8);
        last.add(Widgets.button(skin, "secondary", Elements.KEY_CLEAR, clearText, onClear)).width(cell * side - 8);
        add(last).size(last.getPrefWidth(), cell).row();
    }

    /** The width a keyboard of this key size takes. */
    public static float width(float keySize, float room) {
        float cell = keySize + 8;
        return (10 * cell <= room ? 10 : 7) * cell;
    }
}
