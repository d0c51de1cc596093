package org.govkiosk.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.NinePatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.NinePatchDrawable;
import com.badlogic.gdx.scenes.scene2d.utils.TextureRegionDrawable;
import com.badlogic.gdx.utils.Disposable;
import java.nio.file.Path;
import java.util.Optional;
import java.util.IdentityHashMap;
import java.util.Map;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.utils.BaseDrawable;
import org.govkiosk.ui.layout.AccessibilityColours;
import org.govkiosk.ui.layout.LayoutCheck;

/**
 * The one Skin of the application, in two sizes (normal and elder mode, 长辈模式) and two palettes (day and
 * night, {@link Palette}): the one place for sizes and colours. All sizes are in viewport units of the reference
 * screen; {@link #dp(float)} converts the accessibility minimums (given in dp) with the panel density from config.
 * Every drawable remembers its colours ({@link #swatch}) so the layout check can measure contrast without a GPU.
 */
public final class Theme implements Disposable {
    /** Day colours, for code that predates the palettes (tests of colour pairs). */
    public static final Color BACKGROUND = Palette.DAY.page();
    public static final Color PANEL = Palette.DAY.panel();
    public static final Color TEXT = Palette.DAY.text();
    public static final Color MUTED = Palette.DAY.muted();
    public static final Color PRIMARY = Palette.DAY.primary();
    public static final Color SECONDARY = Palette.DAY.secondary();
    public static final Color DANGER = Palette.DAY.danger();
    public static final Color OK = Palette.DAY.ok();
    public static final Color WARNING_BG = Palette.DAY.warningBg();
    public static final Color TOP_BAR = Palette.DAY.topBar();

    /** Font sizes (px at the reference resolution): small, body, button, title, huge. */
    private static final int[] NORMAL = {26, 30, 34, 46, 64};
    private static final int[] ELDER = {38, 44, 50, 62, 84};
    private static final String[] SIZES = {"small", "body", "button", "title", "huge"};
    /** Width of a component's edge line (tiles, secondary buttons, keys): what gives them 3:1 against the page. */
    private static final int EDGE = 3;

    /** A drawable's colours: its fill and, when it has one, its edge line. */
    public record Swatch(Color fill, Color edge) {}

    private final float dpi;
    private final ComposedFonts typefaces;
    private final Texture white;
    private final Texture rounded;
    private final Map<Drawable, Swatch> swatches = new IdentityHashMap<>();
    private final BitmapFont[][] fonts = new BitmapFont[2][];
    private final Skin[][] skins = new Skin[2][2];
    private Palette palette = Palette.DAY;

    /**
     * @param font the CJK font
     * @param latinFont the Latin font for Latin script, digits and Western punctuation; empty: the CJK font sets them
     */
    public Theme(Path font, Optional<Path> latinFont, float dpi) {
        this.dpi = dpi;
        this.typefaces = new ComposedFonts(font, latinFont);
        Pixmap px = new Pixmap(1, 1, Pixmap.Format.RGBA8888);
        px.setColor(Color.WHITE);
        px.fill();
        white = new Texture(px);
        px.dispose();
        rounded = roundedTexture();
        // Elder sizes on first use: half the fonts' rasterising off the cold start (issue 15); the first switch
        // to elder mode pays it once (~0.2 s).
        fonts[0] = fonts(NORMAL);
    }

    /** Converts density-independent pixels (Android dp, 160 per inch) to reference pixels. */
    public float dp(float dp) {
        return dp * dpi / 160f;
    }

    public Skin skin(boolean elderMode) {
        int p = palette == Palette.NIGHT ? 1 : 0;
        int e = elderMode ? 1 : 0;
        if (fonts[e] == null) fonts[e] = fonts(ELDER);
        if (skins[p][e] == null) skins[p][e] = build(fonts[e], palette);
        return skins[p][e];
    }

    public Palette palette() { return palette; }

    /** Day or night colours from now on (the caller rebuilds the screen). */
    public void palette(Palette p) { this.palette = p; }

    /** Minimum tap target edge in reference pixels: 60 dp in elder mode, 48 dp otherwise (适老化 guidance). */
    public float minTarget(boolean elderMode) {
        return Math.max(dp(elderMode ? 60 : 48), elderMode ? 110 : 88);
    }

    /** The colours of a drawable made by this theme, or null for one it did not make. */
    public Swatch swatch(Drawable d) {
        return d == null ? null : swatches.get(d);
    }

    /** The opaque colour behind an actor: the nearest background drawn under it, over the page. */
    public Color colourBehind(Actor actor) {
        for (Actor a = actor; a != null; a = a.getParent()) {
            Drawable d = null;
            if (a instanceof Button b && a != actor) d = LayoutCheck.buttonDrawable(b);
            else if (a instanceof Table t) d = t.getBackground();
            Swatch s = swatch(d);
            if (s != null) return s.fill().a >= 1 ? s.fill() : AccessibilityColours.over(s.fill(), palette.page());
        }
        return palette.page();
    }

    private BitmapFont[] fonts(int[] sizes) {
        BitmapFont[] out = new BitmapFont[sizes.length];
        for (int i = 0; i < sizes.length; i++) out[i] = font(sizes[i]);
        return out;
    }

    private Skin build(BitmapFont[] sized, Palette c) {
        Skin skin = new Skin();
        for (int i = 0; i < SIZES.length; i++) skin.add(SIZES[i], sized[i], BitmapFont.class);
        skin.add("white", new TextureRegion(white));
        skin.add("bg", tinted(c.page()), Drawable.class);
        skin.add("panel", framed(c.panel(), c.edge()), Drawable.class);
        skin.add("plain", roundedTint(c.panel()), Drawable.class);
        skin.add("topbar", tinted(c.topBar()), Drawable.class);
        skin.add("dim", tinted(c.dim()), Drawable.class);
        skin.add("warning", framed(c.warningBg(), c.accent()), Drawable.class);
        skin.add("accent", roundedTint(c.primary()), Drawable.class);
        skin.add("track", roundedTint(c.secondary()), Drawable.class);

        for (String n : SIZES) {
            skin.add(n, new Label.LabelStyle(skin.getFont(n), c.text()));
            skin.add(n + "-muted", new Label.LabelStyle(skin.getFont(n), c.muted()));
            skin.add(n + "-inverse", new Label.LabelStyle(skin.getFont(n), c.onBar()));
            skin.add(n + "-danger", new Label.LabelStyle(skin.getFont(n), c == Palette.NIGHT ? Color.valueOf("FF9C94") : c.danger()));
            skin.add(n + "-ok", new Label.LabelStyle(skin.getFont(n), c.ok()));
            skin.add(n + "-accent", new Label.LabelStyle(skin.getFont(n), c == Palette.NIGHT ? Color.valueOf("9CC3F0") : c.primary()));
        }
        skin.add("default", skin.get("body", Label.LabelStyle.class));

        // On the dark night page a fill that keeps white text at 4.5:1 cannot also stand out at 3:1: those buttons get
        // a light edge line instead.
        boolean night = c == Palette.NIGHT;
        Color primaryEdge = Color.valueOf("9CC3F0");
        Color dangerEdge = Color.valueOf("FF9C94");
        skin.add("primary", button(skin.getFont("button"), night ? framed(c.primary(), primaryEdge) : roundedTint(c.primary()),
                night ? framed(c.primaryDown(), primaryEdge) : roundedTint(c.primaryDown()), c.onPrimary(), c));
        skin.add("secondary", button(skin.getFont("button"), framed(c.secondary(), c.edge()), framed(c.secondaryDown(), c.edge()), c.text(), c));
        skin.add("danger", button(skin.getFont("button"), night ? framed(c.danger(), dangerEdge) : roundedTint(c.danger()),
                night ? framed(c.dangerDown(), dangerEdge) : roundedTint(c.dangerDown()), Color.WHITE, c));
        skin.add("tile", button(skin.getFont("button"), framed(c.panel(), c.edge()), framed(c.secondary(), c.primary()), c.text(), c));
        skin.add("bar", button(skin.getFont("small"), framed(c.barButton(), c.barEdge()), framed(c.primaryDown(), c.barEdge()), c.onBar(), c));
        skin.add("key", button(skin.getFont("button"), framed(c.panel(), c.edge()), framed(c.secondaryDown(), c.edge()), c.text(), c));
        TextButton.TextButtonStyle tab = button(skin.getFont("button"), framed(c.secondary(), c.edge()), framed(c.secondaryDown(), c.edge()), c.text(), c);
        tab.checked = night ? framed(c.primary(), primaryEdge) : roundedTint(c.primary());
        tab.checkedFontColor = c.onPrimary();
        skin.add("tab", tab);
        skin.add("default", skin.get("primary", TextButton.TextButtonStyle.class));

        TextField.TextFieldStyle field = new TextField.TextFieldStyle();
        field.font = skin.getFont("button");
        field.fontColor = c.text();
        field.messageFontColor = c.muted();
        field.background = framed(c.panel(), c.edge());
        field.cursor = tinted(c.primary());
        field.cursor.setMinWidth(3);
        field.selection = tinted(c.selection());
        skin.add("default", field);

        ScrollPane.ScrollPaneStyle scroll = new ScrollPane.ScrollPaneStyle();
        // A visible track and a strong knob: the cue that there is more below.
        scroll.vScroll = roundedTint(c.secondary());
        scroll.vScroll.setMinWidth(16);
        scroll.vScrollKnob = roundedTint(c.edge());
        scroll.vScrollKnob.setMinWidth(16);
        scroll.vScrollKnob.setMinHeight(60);
        skin.add("default", scroll);
        return skin;
    }

    private TextButton.TextButtonStyle button(BitmapFont font, Drawable up, Drawable down, Color fontColor, Palette c) {
        TextButton.TextButtonStyle s = new TextButton.TextButtonStyle();
        s.font = font;
        s.up = up;
        s.down = down;
        // Disabled has no edge and a flat fill: it reads as "not now" next to the framed or solid enabled ones.
        s.disabled = roundedTint(c.disabled());
        s.fontColor = fontColor;
        s.downFontColor = fontColor;
        s.disabledFontColor = c.onDisabled();
        return s;
    }

    /** Latin and CJK glyphs in one font; lines break between words (ICU4J), never inside a Chinese word or a number. */
    private BitmapFont font(int size) {
        return typefaces.font(size);
    }

    private Drawable tinted(Color c) {
        Drawable d = new TextureRegionDrawable(new TextureRegion(white)).tint(c);
        swatches.put(d, new Swatch(c, null));
        return d;
    }

    private Drawable roundedTint(Color c) {
        NinePatchDrawable d = ninePatch(c);
        swatches.put(d, new Swatch(c, null));
        return d;
    }

    private NinePatchDrawable ninePatch(Color c) {
        NinePatch np = new NinePatch(rounded, 12, 12, 12, 12);
        np.setColor(c);
        NinePatchDrawable d = new NinePatchDrawable(np);
        d.setLeftWidth(24);
        d.setRightWidth(24);
        d.setTopHeight(14);
        d.setBottomHeight(14);
        return d;
    }

    /** A rounded fill inside an edge line of {@link #EDGE} pixels. */
    private Drawable framed(Color fill, Color edge) {
        NinePatchDrawable outer = ninePatch(edge);
        NinePatchDrawable inner = ninePatch(fill);
        BaseDrawable d = new BaseDrawable() {
            @Override
            public void draw(Batch batch, float x, float y, float width, float height) {
                outer.draw(batch, x, y, width, height);
                inner.draw(batch, x + EDGE, y + EDGE, width - 2 * EDGE, height - 2 * EDGE);
            }
        };
        d.setLeftWidth(24);
        d.setRightWidth(24);
        d.setTopHeight(14);
        d.setBottomHeight(14);
        swatches.put(d, new Swatch(fill, edge));
        return d;
    }

    private static Texture roundedTexture() {
        Pixmap p = new Pixmap(32, 32, Pixmap.Format.RGBA8888);
        p.setColor(Color.WHITE);
        int r = 12;
        p.fillRectangle(r, 0, 32 - 2 * r, 32);
        p.fillRectangle(0, r, 32, 32 - 2 * r);
        p.fillCircle(r, r, r);
        p.fillCircle(31 - r, r, r);
        p.fillCircle(r, 31 - r, r);
        p.fillCircle(31 - r, 31 - r, r);
        Texture t = new Texture(p);
        t.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        p.dispose();
        return t;
    }

    @Override
    public void dispose() {
        // Not Skin.dispose(): the four skins share their fonts.
        for (BitmapFont[] row : fonts) if (row != null) for (BitmapFont f : row) f.dispose();
        white.dispose();
        rounded.dispose();
        typefaces.dispose();
    }
}
