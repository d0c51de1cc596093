package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.IdentifyRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A records data dir is generated once, and again only when the generator that filled it is not this one. */
class GeneratedDataDirTest {
    private final KioskSettings cfg = ServiceFixture.serviceConfig(Map.of("records.service.citizens", "25"));

    @Test
    void aSecondStartKeepsTheDataAndAChangedGeneratorGeneratesAgain(@TempDir Path dir) throws Exception {
        IdentityDocument d = DemoCitizens.NO_PROPERTY.document();
        String serial;
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            assertTrue(s.generatedAtStart(), "an empty data dir is generated");
            serial = issueOne(s, d);
        }
        assertEquals(GeneratedDataDir.generatorVersion(), Files.readString(dir.resolve(GeneratedDataDir.MARKER)).trim());

        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            assertFalse(s.generatedAtStart(), "a data dir this generator filled is kept");
            assertEquals(org.govkiosk.records.CertificateStatus.State.VALID,
                    ServiceFixture.client(s).verifyCertificate(serial).orNull().state(), "rows written after generation are kept too");
        }

        // A data dir an older generator filled (its marker names another version).
        Files.writeString(dir.resolve(GeneratedDataDir.MARKER), "0123456789abcdef01234567\n");
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            assertTrue(s.generatedAtStart(), "another generator's data is generated again");
            assertEquals(25 + DemoCitizens.ALL.size(), s.citizens());
            var status = ServiceFixture.client(s).verifyCertificate(serial);
            assertTrue(!status.isOk() || status.orNull().state() != org.govkiosk.records.CertificateStatus.State.VALID,
                    "the old database is gone with its certificates: " + status);
        }
        assertEquals(GeneratedDataDir.generatorVersion(), Files.readString(dir.resolve(GeneratedDataDir.MARKER)).trim());
    }

    @Test
    void aDataDirWithoutMarkerIsGeneratedAgain(@TempDir Path dir) throws Exception {
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            assertTrue(s.generatedAtStart());
        }
        // A start that died between the generated rows and the marker (or a dir from before markers).
        Files.delete(dir.resolve(GeneratedDataDir.MARKER));
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0, dir)) {
            assertTrue(s.generatedAtStart());
        }
    }

    @Test
    void inMemoryIsGeneratedAtEveryStart() throws Exception {
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new TestSealAuthority(), 0)) {
            assertTrue(s.generatedAtStart());
        }
    }

    @Test
    void theGeneratorVersionIsADigestOfItsCode() {
        String v = GeneratedDataDir.generatorVersion();
        assertTrue(v.matches("[0-9a-f]{24}"), v);
        assertEquals(v, GeneratedDataDir.generatorVersion());
    }

    private static String issueOne(EmbeddedRecordsService s, IdentityDocument d) {
        org.govkiosk.records.http.HttpRecordsGateway g = ServiceFixture.client(s);
        org.govkiosk.records.CitizenRef ref = g.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
        org.govkiosk.records.CertificateGrant grant = g.requestCertificate("s", ref, "FC-002").orNull();
        // Signed: only then does the department vouch for it (verify answers VALID).
        assertTrue(g.signDigest("s", grant.serial(), org.govkiosk.records.SignatureAlgorithm.CMS, new byte[32],
                org.govkiosk.certificate.CertificateDigest.canonicalContent(grant)).isOk());
        return grant.serial();
    }
}
