package org.govkiosk.certificate;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The department's side of sealing: it holds the keys. It runs inside the records service, never in a
 * kiosk. The embedded service uses a demo implementation whose keys are generated on first start.
 */
public interface SealAuthority {
    /** PNG of the department's seal, transparent background. */
    byte[] sealImagePng(String departmentCode);

    /** Detached CMS SignedData (DER) for content whose SHA-256 is given; pdfsig verifies it. */
    byte[] signCms(String departmentCode, byte[] contentSha256);

    /** GB/T 38540-style seal signature (SM2 with SM3) over the given SM3 digest; DER. */
    byte[] signSm2(String departmentCode, byte[] contentSm3);

    /** The department's signing certificate chain, leaf first. */
    List<X509Certificate> chain(String departmentCode);

    /** A demo authority: every page it seals says so. */
    boolean demo();
}
