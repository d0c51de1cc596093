package org.govkiosk.ui;

import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.graphics.g2d.GlyphLayout.GlyphRun;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.utils.IntMap;
import org.govkiosk.i18n.FontChoice;
import org.govkiosk.ui.layout.WordWrapFontData;

/**
 * The glyph table of a {@link ComposedFonts} font: the CJK font's with the Latin font's glyphs for the characters
 * {@link FontChoice#latin} gives it, both rendered on first use into the same texture pages. Punctuation both scripts
 * share keeps both shapes and takes the one that suits the paragraph being laid out ({@link FontChoice#cjkContext}).
 */
final class ComposedFontData extends WordWrapFontData {
    /** Marks a character the Latin font lacks (the CJK font sets it). */
    private static final Glyph NONE = new Glyph();

    /** The Latin glyphs made so far, on the CJK baseline; NONE where the Latin font has no glyph. */
    private final IntMap<Glyph> latin = new IntMap<>();
    private FreeTypeBitmapFontData latinSource;
    private PixmapPacker pages;
    private FreeTypeFontParameter pageParameter;
    /** Added to a Latin glyph's yoffset: each generator hangs glyphs from its own ascender. */
    private int baselineShift;
    /** Set while a paragraph of Chinese text is laid out. */
    private boolean chineseParagraph;

    /** From now on the Latin characters come from {@code source}, which renders into the same {@code packer}. */
    void adoptLatin(FreeTypeBitmapFontData source, PixmapPacker packer, FreeTypeFontParameter cjkParameter) {
        this.latinSource = source;
        this.pages = packer;
        this.pageParameter = cjkParameter;
        this.baselineShift = Math.round((source.ascent + source.capHeight) - (ascent + capHeight));
        this.spaceXadvance = source.spaceXadvance;
        this.xHeight = source.xHeight;
    }

    /** The Latin shape of a character, when the Latin font sets it (tests compare it with the source fonts). */
    Glyph latinGlyph(char c) {
        if (latinSource == null || !FontChoice.latin(c)) return null;
        Glyph g = latin.get(c);
        if (g == null) {
            g = renderLatin(c);
            latin.put(c, g);
        }
        return g == NONE ? null : g;
    }

    /** How many Latin characters have been asked for so far (tests: they are rendered on first use). */
    int latinGlyphsRendered() {
        return latin.size;
    }

    private Glyph renderLatin(char c) {
        Glyph g = latinSource.getGlyph(c);
        if (g == null || g == latinSource.missingGlyph) return NONE;
        g.yoffset += baselineShift;
        // The Latin source added a page to the packer: this font's texture regions must know it too.
        if (g.page >= regions.size) {
            pages.updateTextureRegions(regions, pageParameter.minFilter, pageParameter.magFilter, pageParameter.genMipMaps);
        }
        setGlyphRegion(g, regions.get(g.page));
        return g;
    }

    @Override
    public Glyph getGlyph(char ch) {
        if (!(chineseParagraph && FontChoice.shared(ch))) {
            Glyph g = latinGlyph(ch);
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
