package org.govkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the two TrueType fonts of the screen and the printed PDFs: the CJK font (Chinese characters and punctuation)
 * and the Latin font (Latin script, digits, Western punctuation), both fetched by {@code scripts/fetch-font}.
 * The CJK font is looked for, in order: the
 * {@code font.path} config key ({@link ScreenConfig#fontPath()}), {@code fonts/NotoSansSC-Regular.ttf} in the working directory or any parent
 * (so module tests find the repository's copy), {@code ~/.cache/govkiosk/fonts/}, then system TrueType fonts
 * with Latin and CJK glyphs. The Latin font likewise ({@code font.latinPath}, {@code KIOSK_LATIN_FONT},
 * {@code fonts/NotoSans-Regular.ttf}, the cache, Debian's fonts-noto-core); without it the CJK font's own Latin
 * glyphs are used, which works but sets English with full-width quotes.
 */
public final class FontLocator {
    public static final String FILE_NAME = "NotoSansSC-Regular.ttf";
    public static final String LATIN_FILE_NAME = "NotoSans-Regular.ttf";
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

    /** The Latin font, when there is one ({@code font.latinPath} first). */
    public static Optional<Path> findLatin(Optional<Path> configured) {
        for (Path p : latinCandidates(configured)) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** With the built-in defaults: no {@code font.latinPath}. */
    public static Optional<Path> findLatin() {
        return findLatin(Optional.empty());
    }

    static List<Path> latinCandidates(Optional<Path> configured) {
        List<Path> out = new ArrayList<>();
        configured.ifPresent(out::add);
        String env = System.getenv("KIOSK_LATIN_FONT");
        if (env != null && !env.isBlank()) out.add(Path.of(env));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            out.add(dir.resolve("fonts").resolve(LATIN_FILE_NAME));
        }
        out.add(Path.of(System.getProperty("user.home"), ".cache", "govkiosk", "fonts", LATIN_FILE_NAME));
        out.add(Path.of("/usr/share/fonts/truetype/noto", LATIN_FILE_NAME));
        return out;
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
