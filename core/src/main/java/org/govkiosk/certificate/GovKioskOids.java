package org.govkiosk.certificate;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The project's object identifiers, under the UUID arc {@value #ARC} (ITU-T X.667 / RFC 4122: a UUID turned into an
 * OID under 2.25 needs no registration and collides with nobody). A real deployment would use its own enterprise
 * arc; the meaning stays (docs/certificates.md, "Object identifiers").
 */
public final class GovKioskOids {
    public static final String ARC = "2.25.305717894873078638874252191576372547968";
    /** CMS signed attribute: OCTET STRING, SHA-256 of the certificate's canonical content as the department computed it. */
    public static final ASN1ObjectIdentifier CONTENT_DIGEST = new ASN1ObjectIdentifier(ARC + ".1");
    /** X.509 extension (non-critical): UTF8String, the code of the department whose seal this key makes. */
    public static final ASN1ObjectIdentifier DEPARTMENT_CODE = new ASN1ObjectIdentifier(ARC + ".2");

    private GovKioskOids() {}

    /** The department code a signing certificate names, if any. */
    public static Optional<String> departmentOf(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(DEPARTMENT_CODE.getId());
        if (ext == null) return Optional.empty();
        try {
            ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
            return Optional.of(DERUTF8String.getInstance(inner).getString());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
