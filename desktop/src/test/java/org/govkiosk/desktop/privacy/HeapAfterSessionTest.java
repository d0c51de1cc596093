package org.govkiosk.desktop.privacy;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.EmbeddedRecordsService;
import org.govkiosk.desktop.records.TestSealAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data leaves the kiosk's memory with her session (issue 10 item 2). A kiosk JVM ({@link SessionHeapProbe})
 * plays one session with a generated citizen's card and housing record against a records service in this JVM,
 * then dumps its live heap 5 s after she left; the dump is searched for her name, ID number and address in every
 * encoding Java or the wire could hold them in. Before the fix the SAM frame buffer, Jackson's recycled buffers
 * and the HTTP client's pooled connection all still held them.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HeapAfterSessionTest {
    @TempDir Path dir;

    @Test
    void herNameNumberAndAddressAreNotInTheKiosksHeapAfterHerSession() throws Exception {
        KioskSettings cfg = KioskSettings.defaults().with(Map.of("records.service.citizens", "300"));
        try (EmbeddedRecordsService service = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0)) {
            String[] her = service.generatedResident(3).orElseThrow();
            Path card = dir.resolve("card.txt");
            Files.write(card, List.of(her), StandardCharsets.UTF_8);
            Path dump = dir.resolve("kiosk.hprof");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    SessionHeapProbe.class.getName(), service.url().toString(), dir.resolve("out").toString(), card.toString(),
                    dump.toString());
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(150, TimeUnit.SECONDS), "the kiosk JVM did not finish");
            assertEquals(0, p.exitValue(), () -> tail(dir.resolve("probe.log")));
            assertFalse(Files.exists(card), "the probe read her card");

            byte[] heap = Files.readAllBytes(dump);
            // The scan must be able to see strings at all: the zone's name is on every screen.
            List<String> control = where(heap, Map.of("kiosk id", "ZZ-GX-0001", "zone name", "高新区24小时自助服务专区"));
            assertTrue(control.stream().anyMatch(h -> h.startsWith("kiosk id")) && control.stream().anyMatch(h -> h.startsWith("zone name")),
                    "the scan does not find what must be there (" + control + "): the dump or the encodings are wrong");
            Map<String, String> secrets = new LinkedHashMap<>();
            secrets.put("ID number", her[0]);
            secrets.put("name", her[1]);
            secrets.put("address", her[4]);
            List<String> found = where(heap, secrets);
            assertEquals(List.of(), found, "her data is still in the kiosk's live heap after her session");
        }
    }

    /** Which of the values occur in the dump, as "what (encoding)". */
    static List<String> where(byte[] heap, Map<String, String> values) {
        List<String> hits = new ArrayList<>();
        Map<String, Charset> encodings = new LinkedHashMap<>();
        encodings.put("UTF-8", StandardCharsets.UTF_8);
        encodings.put("UTF-16LE", StandardCharsets.UTF_16LE);
        encodings.put("UTF-16BE", StandardCharsets.UTF_16BE);
        encodings.put("Latin-1", StandardCharsets.ISO_8859_1);
        encodings.put("GB18030", Charset.forName("GB18030"));
        values.forEach((what, value) -> encodings.forEach((name, cs) -> {
            if (!cs.newEncoder().canEncode(value)) return;
            if (indexOf(heap, value.getBytes(cs)) >= 0) hits.add(what + " (" + name + ")");
        }));
        return hits;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            if (hay[i] != needle[0]) continue;
            for (int j = 1; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static String tail(Path log) {
        try {
            List<String> l = Files.readAllLines(log);
            return String.join("\n", l.subList(Math.max(0, l.size() - 40), l.size()));
        } catch (java.io.IOException e) {
            return "no probe log: " + e;
        }
    }
}
