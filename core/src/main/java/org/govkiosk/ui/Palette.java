package org.govkiosk.ui;

import com.badlogic.gdx.graphics.Color;

/**
 * Every colour of the interface, once: the day palette and a calm, dark night palette (after dark a bright white
 * screen dazzles in an empty hall). Contrast is checked on every screen by the layout check; {@code ThemeColoursTest}
 * checks the pairs.
 */
public record Palette(String name, Color page, Color panel, Color edge, Color text, Color muted, Color primary,
                      Color primaryDown, Color onPrimary, Color secondary, Color secondaryDown, Color danger,
                      Color dangerDown, Color ok, Color warningBg, Color topBar, Color barButton, Color barEdge,
                      Color onBar, Color disabled, Color onDisabled, Color accent, Color dim, Color selection) {

    public static final Palette DAY = new Palette("day",
            c("F3F5F8"), c("FFFFFF"), c("6B7685"), c("1B1F24"), c("47505C"), c("0B57A6"),
            c("083F78"), c("FFFFFF"), c("E2E7EE"), c("C9D1DC"), c("A52019"),
            c("7D1712"), c("1C6E31"), c("FFF4D6"), c("0A3D73"), c("0A3D73"), c("B9CCE4"),
            c("FFFFFF"), c("E4E7EB"), c("4B5360"), c("C05A00"), new Color(0, 0, 0, 0.6f), c("B3D1F2"));

    public static final Palette NIGHT = new Palette("night",
            c("12161C"), c("1C222A"), c("8A96A6"), c("E9EDF2"), c("B7C0CC"), c("2F68AE"),
            c("24538C"), c("FFFFFF"), c("2A323D"), c("38424F"), c("B3342C"),
            c("8E2922"), c("7FD39A"), c("3A3222"), c("0C1826"), c("0C1826"), c("8FA6C4"),
            c("E9EDF2"), c("22282F"), c("A3ACB8"), c("F0A35E"), new Color(0, 0, 0, 0.7f), c("35557D"));

    private static Color c(String hex) {
        return Color.valueOf(hex);
    }
}
