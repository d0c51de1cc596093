package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(60)
class RecordsServiceCommandTest {
    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new RecordsServiceCommand(cfg -> new TestSealAuthority()));
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--help"));
        String help = out.toString();
        for (String opt : new String[] {"records-service", "--port", "--data-dir", "--citizens", "--fault", "--config"}) {
            assertTrue(help.contains(opt), help);
        }
    }

    @Test
    void badFaultNameIsAClearConfigError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RecordsServiceCommand(cfg -> new TestSealAuthority()));
        cl.setErr(new PrintWriter(err));
        assertTrue(cl.execute("--port", "0", "--fault", "sometimes", "--citizens", "3") != 0);
        assertTrue(err.toString().contains("records.service.fault 'sometimes' is not one of"), err.toString());
    }

    @Test
    void aDataDirKeepsTheDatabaseAndCertificatesBetweenStarts(@TempDir Path dir) throws Exception {
        KioskSettings cfg = ServiceFixture.serviceConfig(Map.of("records.service.citizens", "30"));
        IdentityDocument d = DemoCitizens.NO_PROPERTY.document();
        String serial;
        int citizens;
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            HttpRecordsGateway g = ServiceFixture.client(s);
            CitizenRef ref = g.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
            org.govkiosk.records.CertificateGrant grant = g.requestCertificate("s", ref, "FC-002").orNull();
            serial = grant.serial();
            assertTrue(g.signDigest("s", serial, org.govkiosk.records.SignatureAlgorithm.CMS, new byte[32],
                    org.govkiosk.certificate.CertificateDigest.canonicalContent(grant)).isOk());
            citizens = s.citizens();
        }
        // A different count on restart must not regenerate: the file already holds a generation.
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(Map.of("records.service.citizens", "99")),
                new TestSealAuthority(), 0, dir)) {
            assertEquals(citizens, s.citizens());
            HttpRecordsGateway g = ServiceFixture.client(s);
            assertEquals(org.govkiosk.records.CertificateStatus.State.VALID, g.verifyCertificate(serial).orNull().state());
        }
    }

    @Test
    void theDefaultSealAuthorityIsTheDemoOneOnTheDesktopClassPath(@TempDir Path dir) {
        // The documented default must name a class that exists (it moved to core-sim once already).
        assertTrue(SealAuthorityLoader.load(KioskSettings.defaults().with(Map.of("certificate.demoSealDir", dir.toString())))
                instanceof org.govkiosk.sim.seal.DemoSealAuthority);
    }

    @Test
    void theSealAuthorityClassComesFromConfigWhenRegisteredByClass() {
        assertTrue(SealAuthorityLoader.load(KioskSettings.of(Map.of("records.service.sealAuthority",
                TestSealAuthority.class.getName()))) instanceof TestSealAuthority);
        org.govkiosk.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(org.govkiosk.config.ConfigException.class,
                () -> SealAuthorityLoader.load(KioskSettings.of(Map.of("records.service.sealAuthority", "no.such.Seals"))));
        assertTrue(e.getMessage().contains("no.such.Seals is not on the class path"), e.getMessage());
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(RecordsServiceCommand.class);
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--help"));
    }
}
