package org.govkiosk.ui;

import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.graphics.g2d.GlyphLayout.GlyphRun;
import com.badlogic.gdx.utils.IntMap;
import org.govkiosk.i18n.FontChoice;
import org.govkiosk.ui.layout.WordWrapFontData;

/**
 * The glyph table of a {@link ComposedFonts} font: the CJK font's (rendered on first use) with the Latin font's
 * glyphs put in for the characters {@link FontChoice#latin} gives it. Punctuation both scripts share keeps both
 * shapes and takes the one that suits the paragraph being laid out ({@link FontChoice#cjkContext}).
 */
final class ComposedFontData extends WordWrapFontData {
    /** The Latin shapes of the shared punctuation; their CJK shapes come from the CJK font's table. */
    private final IntMap<Glyph> sharedLatin = new IntMap<>();
    /** Set while a paragraph of Chinese text is laid out. */
    private boolean chineseParagraph;

    void putLatin(char c, Glyph g) {
        if (FontChoice.shared(c)) sharedLatin.put(c, g);
        else setGlyph(c, g);
    }

    /** The Latin shape of a character, when the Latin font sets it (tests compare it with the source fonts). */
    Glyph latinGlyph(char c) {
        Glyph g = sharedLatin.get(c);
        return g != null ? g : FontChoice.latin(c) ? super.getGlyph(c) : null;
    }

    @Override
    public Glyph getGlyph(char ch) {
        if (!chineseParagraph) {
            Glyph g = sharedLatin.get(ch);
            if (g != null) return g;
        }
        return super.getGlyph(ch);
    }

    @Override
    public void getGlyphs(GlyphRun run, CharSequence str, int start, int end, Glyph lastGlyph) {
        boolean outer = chineseParagraph;
        chineseParagraph = FontChoice.cjkContext(str, start, end);
        try {
            super.getGlyphs(run, str, start, end, lastGlyph);
        } finally {
            chineseParagraph = outer;
        }
    }
}
