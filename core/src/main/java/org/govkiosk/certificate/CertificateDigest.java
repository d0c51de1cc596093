package org.govkiosk.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.RecordField;

/**
 * The canonical content of a certificate: what the department vouches for (serial, item, department, time and
 * the record snapshot), independent of layout. The QR code carries its SHA-256 so a printed copy can be checked
 * against the department, and the records service computes the same digest with this class for
 * {@code CertificateStatus.contentDigestHex}. The citizen's name is not part of it: the record is hers already.
 */
public final class CertificateDigest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CertificateDigest() {}

    /** Deterministic UTF-8 JSON: keys in a fixed order, record fields and rows in the order the department gave. */
    public static byte[] canonicalContent(CertificateGrant grant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("serial", grant.serial());
        m.put("item", grant.itemCode());
        m.put("department", grant.departmentCode());
        m.put("issuedAt", grant.issuedAt().toString());
        List<List<String>> fields = new ArrayList<>();
        for (RecordField f : grant.record().fields()) fields.add(List.of(f.key(), f.value()));
        m.put("fields", fields);
        m.put("columns", grant.record().table().columnKeys());
        m.put("rows", grant.record().table().rows());
        try {
            return JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise certificate content", e);
        }
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
