package org.govkiosk.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.govkiosk.records.CertificateGrant;

/**
 * The canonical content of a certificate: what the department vouches for (serial, item, department, time and
 * the record snapshot), independent of layout. The QR code carries its SHA-256 so a printed copy can be checked
 * against the department, and the records service computes the same digest with this class for
 * {@code CertificateStatus.contentDigestHex}. It covers the holder as the department records her, so a genuine QR
 * copied onto a paper naming someone else does not match that paper.
 */
public final class CertificateDigest {
    private CertificateDigest() {}

    /** The grant's canonical content ({@link CertificateContent#canonical()}). */
    public static byte[] canonicalContent(CertificateGrant grant) {
        return CertificateContent.of(grant).canonical();
    }

    public static String sha256Hex(CertificateGrant grant) {
        return HexFormat.of().formatHex(sha256(canonicalContent(grant)));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] sm3(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
