package org.govkiosk.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.NinePatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
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

/**
 * The one Skin of the application, in two sizes: normal and elder mode (长辈模式). All sizes are in
 * viewport units of the reference screen; {@link #dp(float)} converts the accessibility minimums (given in
 * dp) with the panel density from config, so tests can check them. Colours meet WCAG contrast 4.5:1.
 */
public final class Theme implements Disposable {
    public static final Color BACKGROUND = Color.valueOf("F3F5F8");
    public static final Color PANEL = Color.valueOf("FFFFFF");
    public static final Color TEXT = Color.valueOf("1B1F24");
    public static final Color MUTED = Color.valueOf("47505C");
    public static final Color PRIMARY = Color.valueOf("0B57A6");
    public static final Color PRIMARY_DOWN = Color.valueOf("083F78");
    public static final Color SECONDARY = Color.valueOf("E2E7EE");
    public static final Color DANGER = Color.valueOf("A52019");
    public static final Color OK = Color.valueOf("1C6E31");
    public static final Color WARNING_BG = Color.valueOf("FFF4D6");
    public static final Color TOP_BAR = Color.valueOf("0A3D73");
    public static final Color DIM = new Color(0, 0, 0, 0.6f);

    /** Font sizes (px at the reference resolution): small, body, button, title, huge. */
    private static final int[] NORMAL = {26, 30, 34, 46, 64};
    private static final int[] ELDER = {38, 44, 50, 62, 84};

    private final float dpi;
    private final FreeTypeFontGenerator generator;
    private final Texture white;
    private final Texture rounded;
    private final Skin normal;
    private final Skin elder;

    public Theme(Path font, float dpi) {
        this.dpi = dpi;
        this.generator = new FreeTypeFontGenerator(Gdx.files.absolute(font.toString()));
        Pixmap px = new Pixmap(1, 1, Pixmap.Format.RGBA8888);
        px.setColor(Color.WHITE);
        px.fill();
        white = new Texture(px);
        px.dispose();
        rounded = roundedTexture();
        normal = build(NORMAL);
        elder = build(ELDER);
    }

    /** Converts density-independent pixels (Android dp, 160 per inch) to reference pixels. */
    public float dp(float dp) {
        return dp * dpi / 160f;
    }

    public Skin skin(boolean elderMode) {
        return elderMode ? elder : normal;
    }

    /** Minimum tap target edge in reference pixels: 60 dp in elder mode, 48 dp otherwise (适老化 guidance). */
    public float minTarget(boolean elderMode) {
        return Math.max(dp(elderMode ? 60 : 48), elderMode ? 110 : 88);
    }

    private Skin build(int[] sizes) {
        Skin skin = new Skin();
        String[] names = {"small", "body", "button", "title", "huge"};
        for (int i = 0; i < names.length; i++) {
            skin.add(names[i], font(sizes[i]), BitmapFont.class);
        }
        skin.add("white", new TextureRegion(white));
        skin.add("bg", tinted(BACKGROUND), Drawable.class);
        skin.add("panel", roundedTint(PANEL), Drawable.class);
        skin.add("topbar", tinted(TOP_BAR), Drawable.class);
        skin.add("dim", tinted(DIM), Drawable.class);
        skin.add("warning", roundedTint(WARNING_BG), Drawable.class);

        for (String n : names) {
            skin.add(n, new Label.LabelStyle(skin.getFont(n), TEXT));
            skin.add(n + "-muted", new Label.LabelStyle(skin.getFont(n), MUTED));
            skin.add(n + "-inverse", new Label.LabelStyle(skin.getFont(n), Color.WHITE));
            skin.add(n + "-danger", new Label.LabelStyle(skin.getFont(n), DANGER));
            skin.add(n + "-ok", new Label.LabelStyle(skin.getFont(n), OK));
        }
        skin.add("default", skin.get("body", Label.LabelStyle.class));

        skin.add("primary", button(skin.getFont("button"), PRIMARY, PRIMARY_DOWN, Color.WHITE));
        skin.add("secondary", button(skin.getFont("button"), SECONDARY, Color.valueOf("C9D1DC"), TEXT));
        skin.add("danger", button(skin.getFont("button"), DANGER, Color.valueOf("7D1712"), Color.WHITE));
        skin.add("tile", button(skin.getFont("button"), PANEL, Color.valueOf("D6E4F5"), TEXT));
        skin.add("bar", button(skin.getFont("small"), Color.valueOf("1D5A9C"), Color.valueOf("2E72BC"), Color.WHITE));
        skin.add("key", button(skin.getFont("button"), PANEL, Color.valueOf("C9D1DC"), TEXT));
        TextButton.TextButtonStyle tab = button(skin.getFont("button"), SECONDARY, Color.valueOf("C9D1DC"), TEXT);
        tab.checked = roundedTint(PRIMARY);
        tab.checkedFontColor = Color.WHITE;
        skin.add("tab", tab);
        skin.add("default", skin.get("primary", TextButton.TextButtonStyle.class));

        TextField.TextFieldStyle field = new TextField.TextFieldStyle();
        field.font = skin.getFont("button");
        field.fontColor = TEXT;
        field.messageFontColor = MUTED;
        field.background = roundedTint(PANEL);
        field.cursor = tinted(PRIMARY);
        field.cursor.setMinWidth(3);
        field.selection = tinted(Color.valueOf("B3D1F2"));
        skin.add("default", field);

        ScrollPane.ScrollPaneStyle scroll = new ScrollPane.ScrollPaneStyle();
        scroll.vScrollKnob = tinted(Color.valueOf("8A96A6"));
        scroll.vScrollKnob.setMinWidth(14);
        skin.add("default", scroll);
        return skin;
    }

    private TextButton.TextButtonStyle button(BitmapFont font, Color up, Color down, Color fontColor) {
        TextButton.TextButtonStyle s = new TextButton.TextButtonStyle();
        s.font = font;
        s.up = roundedTint(up);
        s.down = roundedTint(down);
        s.disabled = roundedTint(Color.valueOf("D5D9DF"));
        s.fontColor = fontColor;
        s.downFontColor = fontColor.equals(TEXT) ? TEXT : Color.WHITE;
        s.disabledFontColor = Color.valueOf("4B5360");
        return s;
    }

    private BitmapFont font(int size) {
        FreeTypeFontGenerator.FreeTypeFontParameter p = new FreeTypeFontGenerator.FreeTypeFontParameter();
        p.size = size;
        // CJK has tens of thousands of glyphs: render each on first use instead of all at start.
        p.incremental = true;
        p.minFilter = Texture.TextureFilter.Linear;
        p.magFilter = Texture.TextureFilter.Linear;
        BitmapFont f = generator.generateFont(p);
        f.getData().setLineHeight(f.getLineHeight() * 1.3f / 1.2f);
        return f;
    }

    private Drawable tinted(Color c) {
        return new TextureRegionDrawable(new TextureRegion(white)).tint(c);
    }

    private Drawable roundedTint(Color c) {
        NinePatch np = new NinePatch(rounded, 12, 12, 12, 12);
        np.setColor(c);
        NinePatchDrawable d = new NinePatchDrawable(np);
        d.setLeftWidth(24);
        d.setRightWidth(24);
        d.setTopHeight(14);
        d.setBottomHeight(14);
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
        normal.dispose();
        elder.dispose();
        white.dispose();
        rounded.dispose();
        generator.dispose();
    }
}
