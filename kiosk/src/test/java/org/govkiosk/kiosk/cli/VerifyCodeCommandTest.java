package org.govkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.testing.ScriptedHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code verify-code} against a real HTTP server playing the records service's answers (the embedded service lives
 * in desktop; RogueKioskTest runs the same check, {@code CertificateVerifier.verifyScanned}, against it).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VerifyCodeCommandTest {
    static final String DIGEST = "ab".repeat(32);
    static final String CODE = "https://zwfw.example.gov.cn/verify?s=ZZ-FGJ-20261203-97570A922E&d=" + DIGEST;
    @TempDir Path dir;

    record Run(int exit, String out) {}

    Run run(ScriptedHttpServer server, String... args) throws Exception {
        Path site = dir.resolve("site.properties");
        Files.writeString(site, "records.url=" + (server == null ? "http://127.0.0.1:9" : server.url()) + "\n"
                + "records.readTimeout=2s\nrecords.connectTimeout=500ms\nrecords.retries=0\n");
        StringWriter sw = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(sw, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = site.toString();
        return new Run(cl.execute(all), sw.toString());
    }

    static String status(String digest) {
        return "{\"serial\":\"ZZ-FGJ-20261203-97570A922E\",\"state\":\"VALID\",\"contentDigest\":\"" + digest + "\",\"itemCode\":\"FC-002\","
                + "\"view\":{\"serial\":\"ZZ-FGJ-20261203-97570A922E\",\"itemCode\":\"FC-002\",\"departmentCode\":\"ZZ-FGJ\","
                + "\"issuedAt\":\"2026-12-03T09:55:37Z\",\"maskedName\":\"李**\",\"maskedNumber\":\"4101**********0261\","
                + "\"figures\":[{\"key\":\"housingStatus\",\"value\":\"无房\"}],\"tableRows\":0}}";
    }

    @Test
    void aGenuineCodeExitsZeroAndPrintsWhatTheDepartmentVouchesFor() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer()) {
            server.enqueue(ScriptedHttpServer.json(200, status(DIGEST)));
            Run r = run(server, "verify-code", CODE);
            assertEquals(0, r.exit(), r.out());
            assertTrue(r.out().startsWith("GENUINE serial ZZ-FGJ-20261203-97570A922E"), r.out());
            assertTrue(r.out().contains("李**") && r.out().contains("4101**********0261"), r.out());
            assertTrue(r.out().contains("无房证明") && r.out().contains("住房状况: 无房"), "labels from the catalog: " + r.out());
            assertTrue(r.out().contains("2026-12-03 17:55:37"), "issue time in the site's zone: " + r.out());
            assertEquals("/v1/certificates/ZZ-FGJ-20261203-97570A922E", server.takeRequest(Duration.ofSeconds(2)).path());
        }
    }

    @Test
    void aDigestTheDepartmentDidNotSealExitsOne() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer()) {
            server.enqueue(ScriptedHttpServer.json(200, status("cd".repeat(32))));
            Run r = run(server, "verify-code", CODE);
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("NOT GENUINE") && r.out().contains("QR_MISMATCH"), r.out());
            assertFalse(r.out().contains("李**"), "no view for a code that does not match: " + r.out());
        }
    }

    @Test
    void aCodeLeadingElsewhereIsRefusedWithoutAskingAnyone() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer()) {
            Run r = run(server, "verify-code", "https://other.example/fake?s=ZZ-FGJ-20261203-97570A922E&d=" + DIGEST);
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("URL_NOT_OURS"), r.out());
            assertEquals(0, server.requestCount());
        }
    }

    @Test
    void anUnreachableDepartmentExitsTwo() throws Exception {
        Run r = run(null, "verify-code", CODE);
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().startsWith("CANNOT CHECK"), r.out());
    }
}
