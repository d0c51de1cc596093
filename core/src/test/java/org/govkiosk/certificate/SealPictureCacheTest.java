package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The departments' seal pictures kept between starts: real files in a temporary directory. */
class SealPictureCacheTest {
    @TempDir Path dir;

    static byte[] picture(int n) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        img.setRGB(n % 40, n / 40 % 40, 0xFFD01010);
        return OneInkPng.encode(img, new java.awt.Color(0xD01010));
    }

    static String name(byte[] png) {
        return HexFormat.of().formatHex(CertificateDigest.sha256(png)) + ".png";
    }

    @Test
    void aPictureKeptIsThereAfterARestartOnce() throws Exception {
        byte[] seal = picture(1);
        SealPictureCache before = new SealPictureCache(dir.resolve("seals"));
        before.remember(seal);
        before.remember(seal);
        try (var files = Files.list(dir.resolve("seals"))) {
            assertEquals(List.of(name(seal)), files.map(p -> p.getFileName().toString()).toList(), "one file, named after its hash; no temp left");
        }
        List<byte[]> after = new SealPictureCache(dir.resolve("seals")).pictures();
        assertEquals(1, after.size());
        assertArrayEquals(seal, after.get(0));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysOrTooLargeIsNotUsed() throws Exception {
        byte[] good = picture(2);
        byte[] other = picture(3);
        Files.write(dir.resolve(name(good)), good);
        Files.write(dir.resolve(name(picture(4))), other); // edited after it was kept
        byte[] huge = new byte[(int) SealPictureCache.MAX_BYTES + 1];
        Files.write(dir.resolve(name(huge)), huge);
        Files.writeString(dir.resolve("notes.txt"), "not a picture");
        List<byte[]> kept = new SealPictureCache(dir).pictures();
        assertEquals(1, kept.size());
        assertArrayEquals(good, kept.get(0));
    }

    @Test
    void beyondTheCapTheOldestPicturesGo() throws Exception {
        SealPictureCache cache = new SealPictureCache(dir);
        for (int i = 0; i < SealPictureCache.MAX_PICTURES; i++) {
            byte[] png = picture(i);
            cache.remember(png);
            Files.setLastModifiedTime(dir.resolve(name(png)), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        byte[] newest = picture(SealPictureCache.MAX_PICTURES);
        cache.remember(newest);
        assertTrue(Files.exists(dir.resolve(name(newest))));
        assertTrue(Files.notExists(dir.resolve(name(picture(0)))), "the oldest went");
        assertTrue(Files.exists(dir.resolve(name(picture(1)))));
        assertEquals(SealPictureCache.MAX_PICTURES, new SealPictureCache(dir).pictures().size());
    }

    @Test
    void aCacheThatCannotBeWrittenCostsNothingButTheSaving() throws Exception {
        Path notADir = Files.writeString(dir.resolve("seals"), "a file where the directory should be");
        SealPictureCache cache = new SealPictureCache(notADir);
        assertDoesNotThrow(() -> cache.remember(picture(5)));
        assertEquals(List.of(), cache.pictures());
        assertEquals(List.of(), new SealPictureCache(dir.resolve("never-made")).pictures());
    }
}
