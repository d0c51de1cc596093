package org.govkiosk.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Printed certificates and their verification: {@code certificate.*}. {@code demoSealDir} is resolved:
 * {@code certificate.demoSealDir}, else {@code demo-seal} under {@code desktop.dataDir}.
 */
public record CertificateConfig(String verifyUrl, boolean sm2, ZoneId timeZone, Path demoSealDir, List<Path> trustAnchors,
                                Optional<Path> crlCache, Optional<Path> sealCache) {
    public CertificateConfig {
        trustAnchors = List.copyOf(trustAnchors);
    }

    public static CertificateConfig from(KioskConfig c) {
        String url = c.uri("certificate.verifyUrl", Set.of("http", "https")).toString();
        Path seal = c.path("certificate.demoSealDir").orElseGet(() -> DesktopConfig.from(c).dataDir().resolve("demo-seal"));
        List<Path> anchors = c.list("certificate.trustAnchors").stream().map(Path::of).toList();
        return new CertificateConfig(url, c.flag("certificate.sm2"), c.zone("certificate.timeZone"), seal, anchors,
                c.path("certificate.crlCache"), c.path("certificate.sealCache"));
    }
}
