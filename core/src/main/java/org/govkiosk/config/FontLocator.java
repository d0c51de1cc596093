package org.govkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the one CJK TrueType font used for the screen and for printed PDFs. Looked for, in order: the
 * {@code font.path} config key ({@link ScreenConfig#fontPath()}), {@code fonts/NotoSansSC-Regular.ttf} in the working directory or any parent
 * (so module tests find the repository's copy), {@code ~/.cache/govkiosk/fonts/}, then system TrueType fonts
 * with Latin and CJK glyphs.
 */
public final class FontLocator {
    public static final String FILE_NAME = "NotoSansSC-Regular.ttf";
    public static final String HOW_TO_FIX = "Run scripts/fetch-font (needs npm), or set font.path to a TrueType font "
            + "with Chinese and Latin glyphs (for example fonts-wqy-microhei's wqy-microhei.ttc).";

    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private FontLocator() {}

    public static Optional<Path> find(Optional<Path> configured) {
        for (Path p : candidates(configured)) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The font, or an exception that says where we looked and how to fix it. */
    public static Path require(Optional<Path> configured) {
        return find(configured).orElseThrow(() -> new ConfigException(
                "No CJK TrueType font found (looked in " + candidates(configured) + "). " + HOW_TO_FIX));
    }

    /** With the built-in defaults: no {@code font.path}. */
    public static Optional<Path> find() {
        return find(Optional.empty());
    }

    static List<Path> candidates(Optional<Path> configured) {
        List<Path> out = new ArrayList<>();
        configured.ifPresent(out::add);
        String env = System.getenv("KIOSK_FONT");
        if (env != null && !env.isBlank()) out.add(Path.of(env));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            out.add(dir.resolve("fonts").resolve(FILE_NAME));
        }
        out.add(Path.of(System.getProperty("user.home"), ".cache", "govkiosk", "fonts", FILE_NAME));
        SYSTEM_FONTS.forEach(s -> out.add(Path.of(s)));
        return out;
    }
}
