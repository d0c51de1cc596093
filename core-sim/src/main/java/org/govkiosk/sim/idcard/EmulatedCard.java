package org.govkiosk.sim.idcard;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.govkiosk.device.idcard.CardPayload;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.TextBlockEncoder;

/**
 * A card the {@link SamReaderEmulator} can serve: the document (encoded to its text block on the fly),
 * a 1024-byte photo block, optional fingerprint data and an optional appended address.
 * {@link #withRawText(byte[])} serves a hand-made text block, for cards no encoder would produce.
 */
public record EmulatedCard(IdentityDocument document, byte[] rawText, byte[] photo, byte[] fingerprint,
                           Optional<String> appendedAddress) {
    public EmulatedCard {
        if (document == null && rawText == null) throw new IllegalArgumentException("a card needs a document or a text block");
        photo = photo == null ? syntheticPhoto(document == null ? 0 : document.number().hashCode()) : photo;
        fingerprint = fingerprint == null ? new byte[0] : fingerprint;
        appendedAddress = appendedAddress == null ? Optional.empty() : appendedAddress;
    }

    public static EmulatedCard of(IdentityDocument document) {
        return new EmulatedCard(document, null, null, null, Optional.empty());
    }

    public static EmulatedCard withRawText(byte[] text) {
        return new EmulatedCard(null, text.clone(), null, null, Optional.empty());
    }

    public EmulatedCard withPhoto(byte[] photo1024) {
        if (photo1024.length != CardPayload.PHOTO_SIZE) throw new IllegalArgumentException("photo block must be 1024 bytes");
        return new EmulatedCard(document, rawText, photo1024.clone(), fingerprint, appendedAddress);
    }

    public EmulatedCard withFingerprint(byte[] data) {
        return new EmulatedCard(document, rawText, photo, data.clone(), appendedAddress);
    }

    public EmulatedCard withAppendedAddress(String address) {
        return new EmulatedCard(document, rawText, photo, fingerprint, Optional.of(address));
    }

    public byte[] text() {
        return rawText != null ? rawText.clone() : TextBlockEncoder.encode(document);
    }

    public CardPayload payload() {
        return new CardPayload(text(), photo, fingerprint);
    }

    /** The appended address as a reader sends it: 70 bytes of UCS-2LE, space padded. */
    Optional<byte[]> appendedAddressBlock() {
        return appendedAddress.map(a -> {
            byte[] b = new byte[70];
            for (int i = 0; i < b.length; i += 2) b[i] = 0x20;
            byte[] s = a.getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(s, 0, b, 0, Math.min(s.length, b.length));
            return b;
        });
    }

    /**
     * Not a real WLT image (no open encoder exists): a deterministic 1024-byte block with the WLT header bytes
     * real photos start with, so tests can tell photos apart and see them arrive intact.
     */
    public static byte[] syntheticPhoto(int seed) {
        byte[] p = new byte[CardPayload.PHOTO_SIZE];
        int x = seed | 1;
        for (int i = 0; i < p.length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            p[i] = (byte) x;
        }
        p[0] = 0x57; // 'W'
        p[1] = 0x4C; // 'L'
        return p;
    }

    @Override
    public String toString() {
        return "EmulatedCard[" + (document == null ? "raw text" : document.toString()) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmulatedCard c && java.util.Objects.equals(document, c.document) && Arrays.equals(rawText, c.rawText)
                && Arrays.equals(photo, c.photo);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(document, Arrays.hashCode(rawText));
    }
}
