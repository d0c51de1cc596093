package org.govkiosk.certificate;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The department's side of sealing: it holds the keys. It runs inside the records service, never in a kiosk, and
 * is only ever asked to seal content the records service has checked against its own record of the grant. The
 * embedded service uses a demo implementation whose keys are generated on first start.
 */
public interface SealAuthority {
    /** PNG of the department's seal, transparent background. */
    byte[] sealImagePng(String departmentCode);

    /**
     * Detached CMS SignedData (DER) over a PDF's byte-range digest; pdfsig verifies it. Its signed attributes carry
     * {@code contentSha256} under {@link GovKioskOids#CONTENT_DIGEST} (the caller computed it from its own record),
     * and its unsigned attributes an RFC 3161 timestamp token over the signature value.
     */
    byte[] signCms(String departmentCode, byte[] pdfSha256, byte[] contentSha256);

    /** GB/T 38540-style seal signature (SM2 with SM3) over the given SM3 digest of the content; DER. */
    byte[] signSm2(String departmentCode, byte[] contentSm3);

    /** The department's signing certificate chain, leaf first. */
    List<X509Certificate> chain(String departmentCode);

    /** The department CA's current certificate revocation list (DER), served to kiosks for offline checks. */
    byte[] crl();

    /** Loads (or makes) these departments' keys now, so the first citizen does not wait for them. */
    default void prepare(Iterable<String> departmentCodes) {}

    /** A demo authority: every page it seals says so. */
    boolean demo();
}
