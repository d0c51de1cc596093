package org.govkiosk.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.utils.Disposable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@link BitmapFont} per size made of two TrueType fonts (issue 12): Latin script, digits and Western
 * punctuation from the Latin font, Chinese characters and punctuation from the CJK font. scene2d styles take one
 * BitmapFont, so both fonts render into the same texture pages (one {@link PixmapPacker} per size) and the Latin
 * glyphs go into the CJK font's glyph table, moved onto the CJK font's baseline. Without a Latin font the CJK font
 * sets everything, as before.
 */
final class ComposedFonts implements Disposable {
    /**
     * Texture pages of 512 px, not the generator's 1024: each size starts with one page, cleared and uploaded at start
     * (five 4 MB pages were ~60 ms of the cold start under software GL, issue 15) and kept in memory twice (pixmap and
     * texture). A 512 px page holds ~60 glyphs of the largest size and ~350 of body text; more pages come as needed.
     */
    private static final int PAGE = 512;
    /** CJK glyphs rendered up front: none needed (they are rendered on first use), but the page must not be empty. */
    private static final String CJK_UP_FRONT = "\u3002\uFF0C";

    private final FreeTypeFontGenerator cjk;
    private final FreeTypeFontGenerator latin;
    private final boolean cjkKerning;
    private final boolean latinKerning;
    private final java.util.Map<BitmapFont, PixmapPacker> packers = new java.util.IdentityHashMap<>();

    ComposedFonts(Path cjkFont, Optional<Path> latinFont) {
        this.cjk = new FreeTypeFontGenerator(Gdx.files.absolute(cjkFont.toString()));
        this.latin = latinFont.map(p -> new FreeTypeFontGenerator(Gdx.files.absolute(p.toString()))).orElse(null);
        this.cjkKerning = KernTable.present(cjkFont);
        this.latinKerning = latinFont.map(KernTable::present).orElse(false);
    }

    boolean composed() {
        return latin != null;
    }

    BitmapFont font(int size) {
        PixmapPacker packer = new PixmapPacker(PAGE, PAGE, Pixmap.Format.RGBA8888, 1, false,
                new PixmapPacker.GuillotineStrategy());
        // Transparent white around the glyphs, as the generator's own packer: linear filtering does not darken edges.
        packer.setTransparentColor(new Color(1, 1, 1, 0));

        FreeTypeBitmapFontData latinData = null;
        if (latin != null) {
            FreeTypeFontParameter lp = parameter(size, packer, latinKerning);
            // Rendered on first use too, like the CJK glyphs: rendering the ~370 Latin glyphs of each size up front
            // was a quarter of a second of the cold start (issue 15); a screen shows a few dozen.
            lp.incremental = true;
            lp.characters = "";
            latinData = new FreeTypeBitmapFontData();
            // An incremental font renders into its texture regions (generateFont would make them; here the CJK font does).
            latinData.regions = new com.badlogic.gdx.utils.Array<>();
            latin.generateData(lp, latinData);
        }
        FreeTypeFontParameter cp = parameter(size, packer, cjkKerning);
        // CJK has tens of thousands of glyphs: render each on first use instead of all at start.
        cp.incremental = true;
        cp.characters = latin != null ? CJK_UP_FRONT : FreeTypeFontGenerator.DEFAULT_CHARS;
        ComposedFontData data = new ComposedFontData();
        BitmapFont font = cjk.generateFont(cp, data);
        if (latinData != null) data.adoptLatin(latinData, packer, cp);
        font.getData().setLineHeight(font.getLineHeight() * 1.3f / 1.2f);
        packers.put(font, packer);
        return font;
    }

    private static FreeTypeFontParameter parameter(int size, PixmapPacker packer, boolean kerning) {
        FreeTypeFontParameter p = new FreeTypeFontParameter();
        p.size = size;
        p.packer = packer;
        p.kerning = kerning;
        p.minFilter = Texture.TextureFilter.Linear;
        p.magFilter = Texture.TextureFilter.Linear;
        return p;
    }

    /** The texture pages of a font made here (tests read the glyph pixels from them). */
    PixmapPacker packerOf(BitmapFont font) {
        return packers.get(font);
    }

    @Override
    public void dispose() {
        // The fonts do not own their textures when the packer is given: the packers do.
        packers.values().forEach(PixmapPacker::dispose);
        cjk.dispose();
        if (latin != null) latin.dispose();
    }
}
