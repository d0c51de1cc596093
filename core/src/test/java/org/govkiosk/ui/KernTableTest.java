package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govkiosk.config.FontLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kerning is asked of FreeType only for fonts whose table directory lists the legacy kern table. */
class KernTableTest {
    @TempDir
    Path dir;

    @Test
    void aFontWithAKernTableHasKerning() throws IOException {
        assertTrue(KernTable.present(write("with.ttf", sfnt("cmap", "glyf", "kern", "loca"))));
    }

    @Test
    void aFontWithOnlyGposKerningHasNoneForFreeType() throws IOException {
        assertFalse(KernTable.present(write("gpos.ttf", sfnt("GPOS", "GSUB", "cmap", "glyf"))));
    }

    @Test
    void aCollectionIsJudgedByItsFirstFace() throws IOException {
        byte[] face = sfnt("cmap", "kern");
        ByteBuffer ttc = ByteBuffer.allocate(16 + face.length);
        ttc.put("ttcf".getBytes(StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(16).put(face);
        assertTrue(KernTable.present(write("c.ttc", ttc.array())));
    }

    @Test
    void anUnreadableFontKeepsKerningAsBefore() throws IOException {
        assertTrue(KernTable.present(write("short.ttf", new byte[] {0, 1, 0, 0, 0, 9})));
        assertTrue(KernTable.present(dir.resolve("missing.ttf")));
    }

    @Test
    void theKiosksNotoFontsKeepTheirKerningInGpos() {
        Optional<Path> cjk = FontLocator.find();
        Optional<Path> latin = FontLocator.findLatin();
        Assumptions.assumeTrue(cjk.isPresent() && latin.isPresent() || "true".equalsIgnoreCase(System.getenv("CI")),
                "fonts/ lacks the Noto fonts: run scripts/fetch-font");
        assertFalse(KernTable.present(cjk.orElseThrow()));
        assertFalse(KernTable.present(latin.orElseThrow()));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** An sfnt header and table directory naming these tables (the tables themselves are not read). */
    private static byte[] sfnt(String... tags) {
        ByteBuffer b = ByteBuffer.allocate(12 + 16 * tags.length);
        b.putInt(0x00010000).putShort((short) tags.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (String tag : tags) b.put(tag.getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(0).putInt(0);
        return b.array();
    }
}
