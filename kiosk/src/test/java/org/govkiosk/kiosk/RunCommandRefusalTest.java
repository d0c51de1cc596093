package org.govkiosk.kiosk;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.govkiosk.admin.PinHash;
import org.govkiosk.certificate.CertificateFixtures;
import org.govkiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk.jar run} must not start on values anyone can read in this repository. */
@Timeout(60)
class RunCommandRefusalTest {
    @TempDir Path dir;

    private static String pem(String dn) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair k = g.generateKeyPair();
        X500Name name = new X500Name(dn);
        var b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(new SecureRandom().nextInt(1_000_000) + 1),
                new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name, k.getPublic());
        byte[] der = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(k.getPrivate())).getEncoded();
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    private Map<String, String> goodSite() throws Exception {
        Path ca = dir.resolve("dept-ca.pem");
        Files.writeString(ca, pem("CN=Zhengzhou Housing Bureau CA,O=ZZ Housing,C=CN"));
        return Map.of("records.kioskSecret", "k".repeat(8) + "0123456789abcdef0123456789abcdef",
                "admin.pinHash", PinHash.create("80246135".toCharArray(), PinHash.MIN_ITERATIONS, new SecureRandom()).format(),
                "admin.lockoutFile", dir.resolve("lockout").toString(),
                "admin.lockoutKey", "0123456789abcdef0123456789abcdef01",
                "certificate.trustAnchors", ca.toString());
    }

    @Test
    void theBuiltInDefaultsAreRefusedNamingEveryKeyToSet() throws Exception {
        Path site = dir.resolve("site.properties");
        Files.writeString(site, "kiosk.id=ZZ-GX-0042\n");
        StringWriter err = new StringWriter();
        KioskMain.Invocation run = KioskMain.invocation(new String[] {"run", "--config", site.toString()}); // as main runs it
        CommandLine cl = run.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(run.args());
        assertEquals(RunCommand.REFUSED, exit, err.toString());
        for (String key : List.of("records.kioskSecret is the published demo secret", "admin.pinHash is not set",
                "admin.lockoutFile", "admin.lockoutKey", "certificate.trustAnchors is empty")) {
            assertTrue(err.toString().contains(key), key + " missing from:\n" + err);
        }
    }

    @Test
    void aSiteWithItsOwnValuesPasses() throws Exception {
        assertEquals(List.of(), ProductionChecks.problems(KioskConfig.defaults().with(goodSite())));
    }

    @Test
    void demoTrustAWeakPinHashAndAShortSecretAreEachRefused() throws Exception {
        KioskConfig good = KioskConfig.defaults().with(goodSite());
        Path demoCa = CertificateFixtures.authority(CertificateFixtures.config(dir)).caPemPath();
        assertTrue(ProductionChecks.problems(good.with(Map.of("certificate.trustAnchors", demoCa.toString())))
                .get(0).contains("is a DEMO CA"));
        String weak = PinHash.create("80246135".toCharArray(), 1000, new SecureRandom()).format();
        assertTrue(ProductionChecks.problems(good.with(Map.of("admin.pinHash", weak))).get(0).contains("too weak"));
        assertTrue(ProductionChecks.problems(good.with(Map.of("records.kioskSecret", "short"))).get(0).contains("5 characters"));
        assertTrue(ProductionChecks.problems(good.with(Map.of("certificate.trustAnchors", dir.resolve("none.pem").toString())))
                .get(0).contains("cannot read"));
    }
}
