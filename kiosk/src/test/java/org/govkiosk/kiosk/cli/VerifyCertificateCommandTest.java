package org.govkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.certificate.CertificateFixtures;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VerifyCertificateCommandTest {
    @TempDir static Path dir;
    static Path good;
    static Path ca;

    @BeforeAll
    static void issue() throws Exception {
        KioskSettings config = CertificateFixtures.config(dir);
        DemoSealAuthority authority = CertificateFixtures.authority(config);
        CertificateService service = new CertificateService(new CertificateFixtures.SealingGateway(authority,
                Map.of("HOUSING-INFO", CertificateFixtures.housingRecord())), config);
        good = dir.resolve("good.pdf");
        Files.write(good, service.issue("s-1", CertificateFixtures.housing(), new CitizenRef("t", "张*"), Messages.ZH));
        ca = authority.caPemPath();
    }

    record Run(int exit, String out) {}

    static Run run(String... args) {
        StringWriter sw = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(sw, true));
        return new Run(cl.execute(args), sw.toString());
    }

    @Test
    void aDemoCertificateIsNeverGenuine() {
        // Its signature, QR and seal all check out against the demo CA; it still proves nothing.
        Run r = run("verify-certificate", good.toString(), "--trust", ca.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().startsWith("INVALID serial ZZ-2026-000001: DEMO certificate, not genuine"), r.out());
        // What the department vouches for, from the signed content, masked: holder, item, key figures.
        assertTrue(r.out().contains("张** ") || r.out().contains("张**，"), r.out());
        assertTrue(r.out().contains("4101**********1234"), r.out());
        assertTrue(r.out().contains("89.52"), r.out());
        assertFalse(r.out().contains("张三丰"), "the holder's full name is never printed by a check: " + r.out());
    }

    @Test
    void tamperedCertificateExitsOneWithTheReason() throws Exception {
        byte[] b = Files.readAllBytes(good);
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        b[s.indexOf("stream\n") + 40] ^= 1;
        Path bad = dir.resolve("bad.pdf");
        Files.write(bad, b);
        Run r = run("verify-certificate", bad.toString(), "--trust", ca.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("INVALID") && r.out().contains("MODIFIED"), r.out());
    }

    @Test
    void untrustedSignerExitsOne() throws Exception {
        Path other = dir.resolve("other-ca.pem");
        Files.writeString(other, Files.readString(CertificateFixtures.authority(CertificateFixtures.config(dir.resolve("other"))).caPemPath()));
        Run r = run("verify-certificate", good.toString(), "--trust", other.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("UNTRUSTED"), r.out());
    }

    @Test
    void configTrustAnchorsIsTheDefaultTrustButADemoCertificateStillIsNotGenuine() throws Exception {
        Path site = dir.resolve("site.properties");
        Files.writeString(site, "certificate.trustAnchors=" + ca + "\n");
        Run r = run("verify-certificate", good.toString(), "--config", site.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("DEMO certificate, not genuine"), r.out());
    }

    @Test
    void demoCaIsNeverTrustedImplicitly() throws Exception {
        // The demo CA lies where the demo authority wrote it, but no trust anchor is configured: refuse.
        Path site = dir.resolve("site-demo.properties");
        Files.writeString(site, "certificate.demoSealDir=" + ca.getParent() + "\n");
        Run r = run("verify-certificate", good.toString(), "--config", site.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("certificate.trustAnchors"), r.out());
    }

    @Test
    void garbageAndMissingFilesExitTwo() throws Exception {
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "this is not a PDF");
        assertEquals(2, run("verify-certificate", junk.toString(), "--trust", ca.toString()).exit());
        assertEquals(2, run("verify-certificate", dir.resolve("missing.pdf").toString(), "--trust", ca.toString()).exit());
    }
}
