package org.govkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.idcard.CardPayload;
import org.govkiosk.device.idcard.SamResponse;
import org.govkiosk.device.idcard.SamStatus;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.TextBlockEncoder;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.idcard.SampleCards;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IdCardCommandsTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = KioskMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String readFrameHex(IdentityDocument d) {
        byte[] frame = SamResponse.of(SamStatus.SUCCESS,
                new CardPayload(TextBlockEncoder.encode(d), EmulatedCard.syntheticPhoto(3), new byte[0]).toData(false)).toFrame();
        return HexFormat.ofDelimiter(" ").formatHex(frame);
    }

    @Test
    void decodesAReadFrameMaskedByDefault() throws Exception {
        IdentityDocument d = SampleCards.residentId();
        Run r = run("decode-id-frame", readFrameHex(d));
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("SUCCESS", json.get("status").asText());
        JsonNode doc = json.get("document");
        assertEquals("RESIDENT_ID", doc.get("type").asText());
        assertEquals(d.maskedNumber(), doc.get("number").asText());
        assertEquals("张**", doc.get("name").asText());
        assertEquals("汉族", doc.get("nation").asText());
        assertEquals(1024, json.get("photoBytes").asInt());
        assertEquals("1986-**-**", doc.get("birthDate").asText());
        assertFalse(r.out().contains(d.number()), "full number must not appear without --unmasked");
        assertFalse(r.out().contains(d.address()));
    }

    @Test
    void unmaskedShowsEverythingForEveryType() throws Exception {
        for (IdentityDocument d : new IdentityDocument[] {SampleCards.hongKongPermit(), SampleCards.foreignPermanent2017(),
                SampleCards.foreignPermanent2023(), SampleCards.residentIdLongTerm()}) {
            Run r = run("decode-id-frame", "--unmasked", readFrameHex(d));
            assertEquals(0, r.exit(), r.err());
            JsonNode doc = new ObjectMapper().readTree(r.out()).get("document");
            assertEquals(d.type().name(), doc.get("type").asText());
            assertEquals(d.number(), doc.get("number").asText());
            assertEquals(d.name(), doc.get("name").asText());
            assertEquals(d.birthDate().toString(), doc.get("birthDate").asText());
        }
    }

    @Test
    void reportsExpiredAndBadCheckDigitCards() throws Exception {
        JsonNode expired = new ObjectMapper().readTree(run("decode-id-frame", readFrameHex(SampleCards.expiredResidentId())).out());
        assertEquals("EXPIRED", expired.get("problemsToday").get(0).asText());
        JsonNode bad = new ObjectMapper().readTree(run("decode-id-frame", readFrameHex(SampleCards.badCheckDigitResidentId())).out());
        assertEquals("BAD_CHECK_DIGIT", bad.get("problemsToday").get(0).asText());
    }

    @Test
    void statusOnlyFrameAndSplitHexArguments() throws Exception {
        Run r = run("decode-id-frame", "AA", "AA", "AA", "96", "69", "00", "04", "00", "00", "80", "84");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("NO_CARD", json.get("status").asText());
        assertNull(json.get("document"));
    }

    @Test
    void malformedFramesExitTwoWithAClearMessage() {
        Run bad = run("decode-id-frame", "AA AA AA 96 69 00 04 00 00 80 85");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("BAD_CHECKSUM"), bad.err());
        assertEquals(2, run("decode-id-frame", "not hex").exit());
        assertEquals(2, run("decode-id-frame", "AA AA AA").exit());
        // a good frame around a broken text block
        byte[] text = new byte[256];
        String hex = HexFormat.of().formatHex(SamResponse.of(SamStatus.SUCCESS,
                new CardPayload(text, new byte[1024], new byte[0]).toData(false)).toFrame());
        Run badText = run("decode-id-frame", hex);
        assertEquals(2, badText.exit());
        assertTrue(badText.err().contains("malformed read data"), badText.err());
    }

    @Test
    void listPortsRuns() {
        Run r = run("list-ports");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().isBlank());
    }

    /** Roomy timeouts: this checks what the probe says, and a cold JVM on a loaded CI machine is slow to answer first. */
    private static String patientConfig(Path dir) throws Exception {
        Path f = dir.resolve("site.properties");
        Files.writeString(f, "idcard.timeout.command=3s\nidcard.timeout.find=3s\nidcard.timeout.select=3s\nidcard.timeout.read=3s\n");
        return f.toString();
    }

    @Test
    void probeTalksToAReaderOnARealPort(@TempDir Path dir) throws Exception {
        String config = patientConfig(dir);
        try (SocatPair socat = SocatPair.start()) {
            SamReaderEmulator emu = new SamReaderEmulator(JsscLink.open(socat.devicePath(), 115200));
            emu.start();
            try {
                emu.placeCard(EmulatedCard.of(SampleCards.residentId()));
                Run r = run("probe-id-reader", "--port", socat.hostPath(), "--baud", "115200", "--config", config);
                assertEquals(0, r.exit(), r.out() + r.err());
                assertTrue(r.out().contains("05.01-20101010-0012345678-1234567890"), r.out());
                assertTrue(r.out().contains(SampleCards.residentId().maskedNumber()), r.out());
                assertFalse(r.out().contains(SampleCards.residentId().number()), r.out());

                emu.setSamStatus(SamStatus.SAM_NOT_AUTHORISED);
                assertEquals(1, run("probe-id-reader", "--port", socat.hostPath(), "--config", config).exit());
            } finally {
                emu.close();
            }
        }
        assertEquals(2, run("probe-id-reader", "--port", "/nonexistent/ttyX").exit());
    }

    @Test
    void probeOfASilentPortExitsOne() throws Exception {
        try (SocatPair socat = SocatPair.start()) {
            Run r = run("probe-id-reader", "--port", socat.hostPath());
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("TIMEOUT"), r.out());
        }
    }
}
