package org.govkiosk.ui.widget;

import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import org.govkiosk.ui.layout.LineBreaks;

/**
 * A label whose minimum width is its widest unbreakable piece (a word, a number, a Chinese dictionary word): a
 * table never squeezes it narrower than that, so a wrapping label breaks only where {@link LineBreaks} allows. A
 * plain wrapping Label has a minimum width of 0, and a narrow cell broke "管理局" or "410201000100330" anywhere.
 */
public class WordLabel extends Label {
    private String measured;
    private float widest;

    public WordLabel(CharSequence text, LabelStyle style) {
        super(text, style);
    }

    @Override
    public float getMinWidth() {
        if (!getWrap()) return super.getMinWidth();
        String text = getText().toString();
        if (!text.equals(measured)) {
            measured = text;
            widest = widestPiece(text);
        }
        float pad = getStyle().background == null ? 0
                : getStyle().background.getLeftWidth() + getStyle().background.getRightWidth();
        return widest * getFontScaleX() + pad + 1;
    }

    private float widestPiece(String text) {
        GlyphLayout g = new GlyphLayout();
        float max = 0;
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || LineBreaks.allowed(text, i)) {
                String piece = text.substring(start, i).strip();
                if (!piece.isEmpty()) {
                    g.setText(getStyle().font, piece);
                    max = Math.max(max, g.width);
                }
                start = i;
            }
        }
        return max;
    }
}
