package org.govkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the one CJK TrueType font used for the screen and for printed PDFs. Looked for, in order: the
 * {@code font.path} config key, {@code fonts/NotoSansSC-Regular.ttf} in the working directory or any parent
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

    public static Optional<Path> find(KioskConfig config) {
        for (Path p : candidates(config)) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The font, or an exception that says where we looked and how to fix it. */
    public static Path require(KioskConfig config) {
        return find(config).orElseThrow(() -> new ConfigException(
                "No CJK TrueType font found (looked in " + candidates(config) + "). " + HOW_TO_FIX));
    }

    static List<Path> candidates(KioskConfig config) {
        List<Path> out = new ArrayList<>();
        config.optional("font.path").map(Path::of).ifPresent(out::add);
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
