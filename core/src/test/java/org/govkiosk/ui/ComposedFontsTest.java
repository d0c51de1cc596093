package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.utils.Align;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govkiosk.config.FontLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screen's composed font takes each glyph from the font that should set it (compared with the two sources). */
class ComposedFontsTest {
    private static final int SIZE = 40;
    private static HeadlessApplication app;
    private static Path cjkPath;
    private static Path latinPath;
    private static ComposedFonts fonts;
    private static BitmapFont font;
    private static final List<PixmapPacker> sourcePackers = new ArrayList<>();

    @BeforeAll
    static void start() {
        Optional<Path> cjk = FontLocator.find();
        Optional<Path> latin = FontLocator.findLatin();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (cjk.isEmpty() || latin.isEmpty() || !cjk.get().getFileName().toString().equals(FontLocator.FILE_NAME)) {
            if (ci) throw new IllegalStateException("CI must run this test: run scripts/fetch-font");
            Assumptions.assumeTrue(false, "fonts/ lacks the Noto fonts: run scripts/fetch-font");
        }
        cjkPath = cjk.get();
        latinPath = latin.get();
        // The headless backend leaves Gdx.gl null; the font pages are textures. A GL that does nothing is enough:
        // the glyph pixels stay in the packers' pixmaps, which is what this test compares.
        GL20 gl = (GL20) Proxy.newProxyInstance(GL20.class.getClassLoader(), new Class<?>[] {GL20.class}, (p, m, a) -> {
            Class<?> r = m.getReturnType();
            if (r == int.class) return 1;
            if (r == boolean.class) return false;
            if (r == float.class) return 0f;
            if (r == long.class) return 0L;
            if (r == String.class) return "";
            return null;
        });
        app = new HeadlessApplication(new ApplicationAdapter() {}, new HeadlessApplicationConfiguration());
        Gdx.gl = gl;
        Gdx.gl20 = gl;
        fonts = new ComposedFonts(cjkPath, Optional.of(latinPath));
        font = fonts.font(SIZE);
    }

    @AfterAll
    static void stop() {
        if (fonts != null) fonts.dispose();
        sourcePackers.forEach(PixmapPacker::dispose);
        if (app != null) app.exit();
    }

    @Test
    void latinLettersAndDigitsComeFromTheLatinFont() {
        for (char c : "gQ7".toCharArray()) {
            Glyph composed = data().getGlyph(c);
            SourceGlyph latin = source(latinPath, c);
            SourceGlyph cjk = source(cjkPath, c);
            assertEquals(latin.xadvance, composed.xadvance, "advance of " + c);
            assertArrayEquals(latin.pixels, pixels(composed), "bitmap of " + c + " is the Latin font's");
            assertFalse(java.util.Arrays.equals(cjk.pixels, pixels(composed)), "bitmap of " + c + " is not the CJK font's");
        }
    }

    @Test
    void chineseCharactersComeFromTheCjkFont() {
        Glyph composed = data().getGlyph('办');
        SourceGlyph cjk = source(cjkPath, '办');
        assertEquals(cjk.xadvance, composed.xadvance);
        assertArrayEquals(cjk.pixels, pixels(composed));
    }

    @Test
    void latinGlyphsSitOnTheCjkBaseline() {
        // H and 一 have nothing below the baseline: their bottoms (yoffset) sit on it, within rounding.
        Glyph h = data().getGlyph('H');
        Glyph cjkH = source(cjkPath, 'H');
        assertTrue(Math.abs(h.yoffset - cjkH.yoffset) <= 1, "Latin H bottom " + h.yoffset + " vs the CJK font's H " + cjkH.yoffset);
    }

    @Test
    void quotesFollowTheLanguageOfTheirParagraph() {
        SourceGlyph latinQuote = source(latinPath, '“');
        SourceGlyph cjkQuote = source(cjkPath, '“');
        assertTrue(cjkQuote.xadvance > latinQuote.xadvance * 1.5f, "the CJK quote is full-width");

        Glyph inEnglish = glyphIn("Press “Exit” when you’re done", '“');
        assertEquals(latinQuote.xadvance, inEnglish.xadvance);
        assertArrayEquals(latinQuote.pixels, pixels(inEnglish));
        Glyph apostrophe = glyphIn("Press “Exit” when you’re done", '’');
        assertEquals(source(latinPath, '’').xadvance, apostrophe.xadvance);

        Glyph inChinese = glyphIn("办完请点“退出办理”取回身份证", '“');
        assertEquals(cjkQuote.xadvance, inChinese.xadvance);
        assertArrayEquals(cjkQuote.pixels, pixels(inChinese));
        // A Chinese sentence quoting a Latin word still has Chinese quotes.
        assertEquals(cjkQuote.xadvance, glyphIn("请输入“PIN”码", '“').xadvance);
    }

    @Test
    void englishStillWrapsBetweenWords() {
        GlyphLayout l = new GlyphLayout(font, "Check a printed certificate", font.getColor(), SIZE * 6, Align.left, true);
        assertTrue(l.runs.size >= 2, "wrapped");
        StringBuilder first = new StringBuilder();
        for (Glyph g : l.runs.get(0).glyphs) first.append((char) g.id);
        String line = first.toString().trim();
        assertTrue("Check a printed certificate".startsWith(line) && "Check a printed certificate".charAt(line.length()) == ' ',
                "first line ends at a word: '" + line + "'");
    }

    @Test
    void glyphsAreRenderedWhenTextFirstNeedsThem() {
        BitmapFont fresh = fonts.font(SIZE + 2);
        ComposedFontData d = (ComposedFontData) fresh.getData();
        assertEquals(0, d.latinGlyphsRendered(), "no Latin glyph before any text is laid out");
        new GlyphLayout(fresh, "Hello 你好");
        assertEquals(5, d.latinGlyphsRendered(), "H, e, l, o and the space, nothing else");
        assertNotNull(d.latinGlyph('o'));
    }

    @Test
    void latinGlyphsThatOpenANewPageDrawFromIt() {
        // At this size the Latin characters fill several 1024 px pages; the Latin font opens the later ones, and the
        // composed font (whose texture regions scene2d draws from) must know every page a glyph sits on.
        BitmapFont big = fonts.font(150);
        String all = org.govkiosk.i18n.FontChoice.latinCharacters();
        GlyphLayout l = new GlyphLayout(big, all);
        PixmapPacker packer = fonts.packerOf(big);
        assertTrue(packer.getPages().size > 1, "several pages: " + packer.getPages().size);
        assertEquals(packer.getPages().size, big.getRegions().size, "a texture region per page");
        int drawn = 0;
        for (GlyphLayout.GlyphRun run : l.runs) {
            for (Glyph g : run.glyphs) {
                if (g.width == 0) continue;
                assertTrue(g.page < big.getRegions().size, "page of " + (char) g.id);
                assertEquals(big.getRegions().get(g.page).getTexture(), packer.getPages().get(g.page).getTexture(), "texture of " + (char) g.id);
                drawn++;
            }
        }
        assertTrue(drawn > 300, "glyphs laid out: " + drawn);
        assertArrayEquals(source(latinPath, 'W', 150).pixels, pixels(packer, ((ComposedFontData) big.getData()).latinGlyph('W')));
    }

    private static ComposedFontData data() {
        return (ComposedFontData) font.getData();
    }

    private static Glyph glyphIn(String text, char c) {
        GlyphLayout l = new GlyphLayout(font, text);
        for (GlyphLayout.GlyphRun run : l.runs) for (Glyph g : run.glyphs) if (g.id == c) return g;
        throw new AssertionError(c + " not laid out in " + text);
    }

    /** A glyph as its own font renders it alone, with its pixels. */
    private static final class SourceGlyph extends Glyph {
        final int[] pixels;

        SourceGlyph(Glyph g, int[] pixels) {
            this.xadvance = g.xadvance;
            this.yoffset = g.yoffset;
            this.width = g.width;
            this.height = g.height;
            this.pixels = pixels;
        }
    }

    private static SourceGlyph source(Path ttf, char c) {
        return source(ttf, c, SIZE);
    }

    private static SourceGlyph source(Path ttf, char c, int size) {
        FreeTypeFontGenerator gen = new FreeTypeFontGenerator(Gdx.files.absolute(ttf.toString()));
        try {
            PixmapPacker packer = new PixmapPacker(1024, 1024, Pixmap.Format.RGBA8888, 1, false, new PixmapPacker.GuillotineStrategy());
            packer.setTransparentColor(new com.badlogic.gdx.graphics.Color(1, 1, 1, 0));
            sourcePackers.add(packer);
            FreeTypeFontParameter p = new FreeTypeFontParameter();
            p.size = size;
            p.packer = packer;
            p.characters = String.valueOf(c);
            FreeTypeBitmapFontData d = gen.generateData(p);
            Glyph g = d.getGlyph(c);
            assertNotNull(g, c + " in " + ttf);
            return new SourceGlyph(g, pixels(packer, g));
        } finally {
            gen.dispose();
        }
    }

    private static int[] pixels(Glyph g) {
        return pixels(fonts.packerOf(font), g);
    }

    private static int[] pixels(PixmapPacker packer, Glyph g) {
        Pixmap page = packer.getPages().get(g.page).getPixmap();
        int[] out = new int[g.width * g.height];
        for (int y = 0; y < g.height; y++) {
            for (int x = 0; x < g.width; x++) out[y * g.width + x] = page.getPixel(g.srcX + x, g.srcY + y) & 0xFF;
        }
        return out;
    }
}
