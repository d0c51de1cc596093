package org.govkiosk.desktop.records;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The departments' register of issued certificates: serial, item, citizen, kiosk, issue time and the digest
 * that was signed. Serials carry random hex so nobody can walk through other people's certificates.
 */
final class CertificateBook {
    record Entry(String serial, String itemCode, String department, String docNumber, String kioskId, Instant issuedAt,
                 String algorithm, String digestHex, String state, String contentDigestHex, String content) {
        @Override
        public String toString() { return "Certificate[" + serial + "]"; }
    }

    private static final String INSERT = "INSERT INTO certificate(serial,item_code,department,doc_number,kiosk_id,issued_at,idempotency_key,state) VALUES (?,?,?,?,?,?,?,'ISSUED')";
    private static final String RECORD_CONTENT = "UPDATE certificate SET content=?, content_digest_hex=? WHERE serial=? AND content IS NULL";
    private static final String SIGNATURE = "SELECT digest_hex FROM certificate_signature WHERE serial=? AND algorithm=?";
    private static final String INSERT_SIGNATURE = "INSERT INTO certificate_signature(serial,algorithm,digest_hex,signed_at) VALUES (?,?,?,?)";
    private static final String MAKE_VALID = "UPDATE certificate SET algorithm=?, digest_hex=?, signed_at=?, state='VALID' WHERE serial=?";
    private static final String BY_IDEMPOTENCY_KEY = "SELECT * FROM certificate WHERE idempotency_key=?";
    private static final String BY_SERIAL = "SELECT * FROM certificate WHERE serial=?";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.ofHours(8));
    private final DataSource db;

    CertificateBook(DataSource db) {
        this.db = db;
    }

    Optional<Entry> byIdempotencyKey(String kioskId, String docNumber, String key) throws SQLException {
        if (key == null) return Optional.empty();
        return one(BY_IDEMPOTENCY_KEY, scopedKey(kioskId, docNumber, key));
    }

    /** A client's key counts per kiosk and per citizen (her number only as a short hash). */
    private static String scopedKey(String kioskId, String docNumber, String key) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(docNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return kioskId + ":" + HexFormat.of().formatHex(h, 0, 8) + ":" + key;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Optional<Entry> bySerial(String serial) throws SQLException {
        return one(BY_SERIAL, serial);
    }

    Entry issue(String itemCode, String department, String docNumber, String kioskId, String idempotencyKey, Instant now)
            throws SQLException {
        byte[] r = new byte[5];
        RANDOM.nextBytes(r);
        String serial = department + "-" + DAY.format(now) + "-" + HexFormat.of().withUpperCase().formatHex(r);
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(INSERT)) {
            p.setString(1, serial);
            p.setString(2, itemCode);
            p.setString(3, department);
            p.setString(4, docNumber);
            p.setString(5, kioskId);
            p.setTimestamp(6, Timestamp.from(now));
            p.setString(7, idempotencyKey == null ? null : scopedKey(kioskId, docNumber, idempotencyKey));
            p.executeUpdate();
        }
        return new Entry(serial, itemCode, department, docNumber, kioskId, now, null, null, "ISSUED", null, null);
    }

    /**
     * The department records the content it granted and its digest, once: the only content it will seal under this
     * serial, and what a printed QR is checked against.
     */
    void recordContent(String serial, String content, String contentDigestHex) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(RECORD_CONTENT)) {
            p.setString(1, content);
            p.setString(2, contentDigestHex);
            p.setString(3, serial);
            p.executeUpdate();
        }
    }

    /**
     * Records one signature per algorithm; signing the same digest again is harmless (a retried request),
     * a different digest is refused. The CMS signature over the finished PDF makes the certificate VALID.
     *
     * @return false if a different digest was already signed with this algorithm
     */
    synchronized boolean recordSignature(String serial, String algorithm, String digestHex, Instant now) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement q = c.prepareStatement(SIGNATURE)) {
                q.setString(1, serial);
                q.setString(2, algorithm);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) return rs.getString(1).equals(digestHex);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    INSERT_SIGNATURE)) {
                p.setString(1, serial);
                p.setString(2, algorithm);
                p.setString(3, digestHex);
                p.setTimestamp(4, Timestamp.from(now));
                p.executeUpdate();
            }
            if (algorithm.equals("CMS")) {
                try (PreparedStatement p = c.prepareStatement(
                        MAKE_VALID)) {
                    p.setString(1, algorithm);
                    p.setString(2, digestHex);
                    p.setTimestamp(3, Timestamp.from(now));
                    p.setString(4, serial);
                    p.executeUpdate();
                }
            }
            return true;
        }
    }

    /**
     * Runs the statements of a grant and a signature once in a transaction that is rolled back, so the first
     * citizen's certificate after a start does not pay for H2 compiling them (issue 15: the first grant took
     * ~219 ms against ~20 ms warm). Nothing is kept.
     *
     * @param docNumber a citizen on file (the certificate row refers to her)
     */
    void warmUp(String docNumber) throws SQLException {
        String serial = "WARM-UP-" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement p = c.prepareStatement(INSERT)) {
                    for (int i = 1; i <= 5; i++) p.setString(i, "WARM-UP");
                    p.setString(1, serial);
                    p.setString(4, docNumber);
                    p.setTimestamp(6, now);
                    p.setString(7, null);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(RECORD_CONTENT)) {
                    p.setString(1, "{}");
                    p.setString(2, "00");
                    p.setString(3, serial);
                    p.executeUpdate();
                }
                try (PreparedStatement q = c.prepareStatement(SIGNATURE)) {
                    q.setString(1, serial);
                    q.setString(2, "CMS");
                    q.executeQuery().close();
                }
                try (PreparedStatement p = c.prepareStatement(INSERT_SIGNATURE)) {
                    p.setString(1, serial);
                    p.setString(2, "CMS");
                    p.setString(3, "00");
                    p.setTimestamp(4, now);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(MAKE_VALID)) {
                    p.setString(1, "CMS");
                    p.setString(2, "00");
                    p.setTimestamp(3, now);
                    p.setString(4, serial);
                    p.executeUpdate();
                }
                try (PreparedStatement q = c.prepareStatement(BY_SERIAL)) {
                    q.setString(1, serial);
                    q.executeQuery().close();
                }
                try (PreparedStatement q = c.prepareStatement(BY_IDEMPOTENCY_KEY)) {
                    q.setString(1, serial);
                    q.executeQuery().close();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private Optional<Entry> one(String sql, String param) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, param);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Entry(rs.getString("serial"), rs.getString("item_code"), rs.getString("department"),
                        rs.getString("doc_number"), rs.getString("kiosk_id"), rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("algorithm"), rs.getString("digest_hex"), rs.getString("state"),
                        rs.getString("content_digest_hex"), rs.getString("content")));
            }
        }
    }
}
