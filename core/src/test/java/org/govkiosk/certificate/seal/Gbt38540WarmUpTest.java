package org.govkiosk.certificate.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start-up warm-up runs the real seal check end to end, on a seal and signature shaped like a department's. */
class Gbt38540WarmUpTest {
    @Test
    void theWarmUpSignatureIsARealSealSignature() throws Exception {
        byte[] der = Gbt38540.warmUp();
        Gbt38540.Check c = Gbt38540.check(der);
        assertTrue(c.signatureValid(), "signature over the content");
        assertTrue(c.sealValid(), "seal maker's signature");
        assertArrayEquals(new byte[32], c.dataHash());
        assertEquals("预热", c.sealName());
        assertEquals("CN=warm-up", c.signer().getSubjectX500Principal().getName());
    }

    @Test
    void aTamperedWarmUpSignatureFailsTheCheck() throws Exception {
        byte[] der = Gbt38540.warmUp();
        der[der.length - 5] ^= 0x01; // inside the signature value
        assertFalse(Gbt38540.check(der).signatureValid());
    }
}
