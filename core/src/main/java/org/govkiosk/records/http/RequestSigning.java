package org.govkiosk.records.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature both sides compute (docs/records-api.md, "Signing"): HMAC-SHA256 with the kiosk's
 * secret over
 * <pre>GK1-HMAC-SHA256\nMETHOD\npath?query\ntimestamp\nnonce\nhex(SHA-256(body))</pre>
 * The timestamp bounds replay to a window and the nonce makes each request unique inside it.
 */
public final class RequestSigning {
    public static final String SCHEME = "GK1-HMAC-SHA256";
    public static final String KIOSK = "X-GK-Kiosk";
    public static final String TIMESTAMP = "X-GK-Timestamp";
    public static final String NONCE = "X-GK-Nonce";
    public static final String SIGNATURE = "X-GK-Signature";

    private RequestSigning() {}

    public static String canonical(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
        return SCHEME + "\n" + method.toUpperCase() + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n"
                + HexFormat.of().formatHex(sha256(body));
    }

    public static String sign(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison so a forger learns nothing from response times. */
    public static boolean matches(byte[] secret, String canonical, String signatureHex) {
        if (signatureHex == null) return false;
        return MessageDigest.isEqual(sign(secret, canonical).getBytes(StandardCharsets.US_ASCII),
                signatureHex.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
