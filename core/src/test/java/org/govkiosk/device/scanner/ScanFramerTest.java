package org.govkiosk.device.scanner;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.ScannerConfig;
import org.junit.jupiter.api.Test;

class ScanFramerTest {
    private static ScanFramer framer(String suffix, int max) {
        return new ScanFramer(new ScannerSettings(ScannerConfig.Suffix.valueOf(suffix).bytes(), Duration.ofMillis(50), max));
    }

    private static ScanFramer.Scan burst(ScanFramer f, byte[] bytes) {
        f.feed(bytes, 0, bytes.length);
        return f.silence().orElseThrow();
    }

    @Test
    void aLineBreakInsideThePayloadDoesNotEndTheScan() {
        ScanFramer f = framer("CR", 4096);
        // Fed in two pieces split right after the inner CR, as a serial read may deliver it.
        byte[] a = "line one\r".getBytes(StandardCharsets.UTF_8);
        byte[] b = "line two\r".getBytes(StandardCharsets.UTF_8);
        f.feed(a, 0, a.length);
        f.feed(b, 0, b.length);
        assertEquals(new ScanFramer.Payload("line one\rline two", true), f.silence().orElseThrow());
    }

    @Test
    void crlfSuffixIsStrippedAndAMissingSuffixIsStillAScan() {
        ScanFramer f = framer("CRLF", 4096);
        assertEquals(new ScanFramer.Payload("https://zwfw.example.gov.cn/v?s=1", true),
                burst(f, "https://zwfw.example.gov.cn/v?s=1\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(new ScanFramer.Payload("ABC", false), burst(f, "ABC".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void chineseInUtf8AndInGb18030BothDecode() {
        ScanFramer f = framer("NONE", 4096);
        assertEquals("公积金缴费", ((ScanFramer.Payload) burst(f, "公积金缴费".getBytes(StandardCharsets.UTF_8))).text());
        assertEquals("公积金缴费", ((ScanFramer.Payload) burst(f, "公积金缴费".getBytes(Charset.forName("GB18030")))).text());
    }

    @Test
    void oversizeBurstsAreRejectedWholeAndTheNextScanIsClean() {
        ScanFramer f = framer("CR", 16);
        byte[] big = new byte[40];
        java.util.Arrays.fill(big, (byte) 'A');
        f.feed(big, 0, 20);
        f.feed(big, 20, 20);
        ScanFramer.Scan s = f.silence().orElseThrow();
        assertInstanceOf(ScanFramer.Rejected.class, s);
        assertEquals(40, ((ScanFramer.Rejected) s).bytes());
        assertEquals(new ScanFramer.Payload("ok", true), burst(f, "ok\r".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void binaryGarbageIsRejectedNotDelivered() {
        ScanFramer f = framer("CR", 4096);
        assertInstanceOf(ScanFramer.Rejected.class, burst(f, new byte[] {0x00, 0x01, (byte) 0xFF, (byte) 0x80, 0x0D}));
        assertInstanceOf(ScanFramer.Rejected.class, burst(f, new byte[] {'a', 0x1B, 'b'}));
        assertInstanceOf(ScanFramer.Rejected.class, burst(f, new byte[] {0x0D}));
    }

    @Test
    void silenceWithNothingReceivedIsNotAScan() {
        assertTrue(framer("CR", 10).silence().isEmpty());
    }

    @Test
    void settingsComeFromConfigAndNonsenseIsRefused() {
        ScannerSettings s = ScannerSettings.of(KioskSettings.defaults().scanner());
        assertArrayEquals(new byte[] {'\r'}, s.suffix());
        assertThrows(ConfigException.class, () -> KioskSettings.of(java.util.Map.of("scanner.suffix", "ETX")));
    }
}
