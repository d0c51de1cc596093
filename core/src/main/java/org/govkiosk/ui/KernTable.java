package org.govkiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a TrueType/OpenType font has the legacy {@code kern} table, the only kerning FreeType's
 * {@code FT_Get_Kerning} reads. Modern fonts such as Noto keep their kerning in GPOS, which the libGDX generator does
 * not apply: asking for kerning there cost ~400,000 FreeType calls per text size at start, each answering 0 (issue 15,
 * cold start), and a few hundred more for every new glyph.
 */
final class KernTable {
    private KernTable() {}

    /** True when the font's first face lists a {@code kern} table; a file that cannot be read is given kerning, as before. */
    static boolean present(Path font) {
        try (InputStream in = Files.newInputStream(font)) {
            ByteBuffer head = ByteBuffer.wrap(in.readNBytes(12));
            if (head.remaining() < 12) return true;
            if (head.getInt(0) == 0x74746366) { // 'ttcf': a collection; its first face's directory is at offsets[0]
                byte[] offset = in.readNBytes(4);
                if (head.getInt(8) == 0 || offset.length < 4) return true;
                in.skipNBytes(Integer.toUnsignedLong(ByteBuffer.wrap(offset).getInt()) - 16);
                head = ByteBuffer.wrap(in.readNBytes(12));
                if (head.remaining() < 12) return true;
            }
            int tables = head.getShort(4) & 0xFFFF;
            ByteBuffer directory = ByteBuffer.wrap(in.readNBytes(16 * tables));
            if (directory.remaining() < 16 * tables) return true;
            for (int i = 0; i < tables; i++) {
                if (directory.getInt(16 * i) == 0x6B65726E) return true; // 'kern'
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
