package org.govkiosk.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.RecordsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's copy of the department CA's revocation list ({@code certificate.crlCache}), fetched from the records
 * service whenever it is reachable and kept on disk, so a certificate file can be checked for revoked keys offline.
 * A CRL is stored only when one of the trust anchors signed it and it is not older than the one already kept.
 */
public final class CrlCache {
    private static final Logger log = LoggerFactory.getLogger(CrlCache.class);
    private final Path file;

    public CrlCache(Path file) {
        this.file = file;
    }

    public static Optional<CrlCache> fromConfig(CertificateConfig config) {
        return config.crlCache().map(CrlCache::new);
    }

    public Path file() { return file; }

    /** The cached CRL, or none (never fetched, or unreadable: then it is as if there were none). */
    public List<X509CRL> current() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            return List.of(parse(Files.readAllBytes(file)));
        } catch (IOException | GeneralSecurityException e) {
            log.warn("cached CRL {} unreadable: {}", file, e.toString());
            return List.of();
        }
    }

    /**
     * Asks the records service for the current CRL and keeps it when an anchor signed it.
     *
     * @return true when the cache now holds the service's CRL
     */
    public boolean refresh(RecordsGateway gateway, List<X509Certificate> anchors) {
        GatewayResult<byte[]> r = gateway.fetchCrl();
        if (!(r instanceof GatewayResult.Ok<byte[]> ok) || ok.value() == null) {
            log.info("CRL not refreshed (records service: {}); keeping {}", r, Files.isRegularFile(file) ? "the cached one" : "none");
            return false;
        }
        try {
            X509CRL crl = parse(ok.value());
            if (!signedByAnchor(crl, anchors)) {
                log.warn("CRL from the records service is not signed by a trust anchor ({}): ignored", crl.getIssuerX500Principal());
                return false;
            }
            List<X509CRL> old = current();
            if (!old.isEmpty() && old.get(0).getThisUpdate().after(crl.getThisUpdate())) {
                log.warn("CRL from the records service is older than the cached one: ignored");
                return false;
            }
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, ok.value());
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | GeneralSecurityException e) {
            log.warn("CRL from the records service not kept: {}", e.toString());
            return false;
        }
    }

    /** Whether one of {@code anchors} signed {@code crl} (the verifier asks the same before it trusts a CRL). */
    static boolean signedByAnchor(X509CRL crl, List<X509Certificate> anchors) {
        for (X509Certificate a : anchors) {
            if (!a.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) continue;
            try {
                crl.verify(a.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                // not this anchor
            }
        }
        return false;
    }

    static X509CRL parse(byte[] der) throws GeneralSecurityException {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }
}
