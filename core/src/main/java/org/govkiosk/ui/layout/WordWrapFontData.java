package org.govkiosk.ui.layout;

import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.utils.Array;

/**
 * Font data that wraps lines by {@link LineBreaks} instead of at the last space or, in Chinese text (which has
 * no spaces), at whichever character no longer fits.
 */
public class WordWrapFontData extends FreeTypeBitmapFontData {
    @Override
    public int getWrapIndex(Array<Glyph> glyphs, int start) {
        // start - 1 is the glyph that did not fit; the answer is the index of the first glyph of the next line.
        StringBuilder b = new StringBuilder(glyphs.size);
        for (Glyph g : glyphs) b.append((char) g.id);
        return LineBreaks.lastBreakBefore(b.toString(), start - 1);
    }
}
