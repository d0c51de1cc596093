package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import org.govkiosk.device.DeviceException;
import org.govkiosk.sim.idcard.SampleCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SamFramesTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @ParameterizedTest
    @CsvSource({
            "RESET_SAM, 00 03 10 FF EC",
            "SAM_STATUS, 00 03 11 FF ED",
            "READ_SAM_ID, 00 03 12 FF EE",
            "FIND_CARD, 00 03 20 01 22",
            "SELECT_CARD, 00 03 20 02 21",
            "READ_TEXT_PHOTO, 00 03 30 01 32",
            "READ_APPENDED_ADDRESS, 00 03 30 03 30",
            "READ_TEXT_PHOTO_FINGERPRINT, 00 03 30 10 23"})
    void commandFramesMatchTheProtocolTable(SamCommand cmd, String afterPreamble) {
        assertArrayEquals(hex("AA AA AA 96 69 " + afterPreamble), cmd.frame());
    }

    @Test
    void setMaxRfFrameCarriesData() {
        assertArrayEquals(hex("AA AA AA 96 69 00 04 61 FF 50 CA"), SamCommand.SET_MAX_RF_FRAME.frame((byte) 0x50));
    }

    @Test
    void decodesAnElevenByteErrorFrame() throws Exception {
        // 00 04 00 00 80 -> CHK = 04 ^ 80 = 84
        SamResponse r = SamFrames.decodeResponse(hex("AA AA AA 96 69 00 04 00 00 80 84"));
        assertEquals(SamStatus.NO_CARD, r.status());
        assertEquals(0, r.data().length);
    }

    @Test
    void decodesAHandBuiltFullReadFrame() throws Exception {
        byte[] f = new byte[1295];
        byte[] head = hex("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
        System.arraycopy(head, 0, f, 0, head.length);
        byte[] text = org.govkiosk.identity.TextBlockEncoder.encode(SampleCards.residentId());
        System.arraycopy(text, 0, f, 14, 256);
        for (int i = 0; i < 1024; i++) f[270 + i] = (byte) i;
        int x = 0;
        for (int i = 5; i < 1294; i++) x ^= f[i];
        f[1294] = (byte) x;
        SamResponse r = SamFrames.decodeResponse(f);
        assertEquals(SamStatus.SUCCESS, r.status());
        CardPayload p = CardPayload.parse(r.data(), false);
        assertArrayEquals(text, p.text());
        assertEquals(1024, p.photo().length);
        assertEquals((byte) 0xFF, p.photo()[255]);
        assertEquals(0, p.fingerprint().length);
        // and the emulator's own encoding gives the same bytes
        assertArrayEquals(f, new SamResponse(0, 0, 0x90, new CardPayload(text, p.photo(), new byte[0]).toData(false)).toFrame());
    }

    @Test
    void fingerprintReadHasThreeLengths() throws Exception {
        byte[] text = org.govkiosk.identity.TextBlockEncoder.encode(SampleCards.residentId());
        CardPayload in = new CardPayload(text, new byte[1024], new byte[512]);
        byte[] data = in.toData(true);
        assertEquals(0x02, data[4]);
        assertEquals(0x00, data[5]);
        CardPayload out = CardPayload.parse(data, true);
        assertEquals(512, out.fingerprint().length);
        assertThrows(SamFrameException.class, () -> CardPayload.parse(data, false));
    }

    @Test
    void everyMalformationHasItsReason() {
        assertReason(SamFrameException.Reason.BAD_CHECKSUM, "AA AA AA 96 69 00 04 00 00 80 85");
        assertReason(SamFrameException.Reason.BAD_PREAMBLE, "AA AA AB 96 69 00 04 00 00 80 84");
        assertReason(SamFrameException.Reason.TRUNCATED, "AA AA AA 96 69 00 04 00 00");
        assertReason(SamFrameException.Reason.TRUNCATED, "AA AA");
        assertReason(SamFrameException.Reason.BAD_LENGTH, "AA AA AA 96 69 00 04 00 00 80 84 00");
        assertReason(SamFrameException.Reason.BAD_LENGTH, "AA AA AA 96 69 FF FF 00");
        assertReason(SamFrameException.Reason.BAD_LENGTH, "AA AA AA 96 69 00 01 01");
        // a frame with a body too short for SW1 SW2 SW3 is a valid frame but not a reader answer
        SamFrameException e = assertThrows(SamFrameException.class, () -> SamFrames.decodeResponse(SamCommand.FIND_CARD.frame()));
        assertEquals(SamFrameException.Reason.BAD_LENGTH, e.reason());
    }

    private static void assertReason(SamFrameException.Reason reason, String frame) {
        SamFrameException e = assertThrows(SamFrameException.class, () -> SamFrames.decode(hex(frame)));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @Test
    void hexParsingIsForgivingButTyped() throws Exception {
        assertArrayEquals(hex("AAAA"), SamFrames.parseHex("0xAA:aa"));
        assertArrayEquals(hex("AA0102"), SamFrames.parseHex("AA 01-02\n"));
        assertThrows(SamFrameException.class, () -> SamFrames.parseHex("AA A"));
        assertThrows(SamFrameException.class, () -> SamFrames.parseHex("zz"));
        assertThrows(SamFrameException.class, () -> SamFrames.parseHex(""));
    }

    @ParameterizedTest
    @EnumSource(SamStatus.class)
    void everyStatusHasWordsForBothAudiences(SamStatus s) {
        assertFalse(s.technicianText().isBlank());
        assertTrue(s.citizenMessageKey().startsWith("idcard."));
        if (s != SamStatus.UNKNOWN) assertEquals(s, SamStatus.of(s.sw3()));
        if (s.errorCode() != null) {
            DeviceException e = s.toException(SamCommand.READ_TEXT_PHOTO, 0, 0, s.sw3());
            assertEquals(s.errorCode(), e.code());
            assertEquals(s.citizenMessageKey(), e.citizenMessageKey());
            assertTrue(e.technicianDetail().contains(String.format("%02X", s.sw3() & 0xFF)), e.technicianDetail());
        }
    }

    @Test
    void everyDocumentedSw3IsKnown() {
        int[] documented = {0x90, 0x9F, 0x91, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81};
        for (int sw3 : documented) assertNotEquals(SamStatus.UNKNOWN, SamStatus.of(sw3), Integer.toHexString(sw3));
        assertEquals(SamStatus.UNKNOWN, SamStatus.of(0x55));
        assertTrue(SamStatus.SAM_NOT_AUTHORISED.isReaderFault());
        assertFalse(SamStatus.CARD_READ_FAILED.isReaderFault());
    }

    @Test
    void samIdFormatsLittleEndianParts() throws Exception {
        byte[] d = new byte[16];
        d[0] = 5;
        d[2] = 1;
        d[4] = (byte) 0x92;
        d[5] = (byte) 0xB7;
        d[6] = 0x32;
        d[7] = 0x01; // 20101010
        assertEquals("05.01-20101010-0000000000-0000000000", SamReaderDriver.formatSamId(d));
        assertThrows(DeviceException.class, () -> SamReaderDriver.formatSamId(new byte[3]));
    }
}
