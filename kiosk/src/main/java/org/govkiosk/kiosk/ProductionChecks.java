package org.govkiosk.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govkiosk.admin.PinHash;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.config.KioskConfig;

/**
 * What {@code kiosk.jar run} refuses to start with: every value published in this repository (the demo HMAC
 * secret, the default PIN, the demo CA) and every missing site secret. Each problem names the key to set and
 * how to make its value.
 */
public final class ProductionChecks {
    /** The secret in default.properties; anyone with the source knows it. */
    static final String DEMO_SECRET = "demo-secret-change-me";
    static final int MIN_SECRET_LENGTH = 32;

    private ProductionChecks() {}

    /** @return the problems, empty when the kiosk may start */
    public static List<String> problems(KioskConfig cfg) {
        List<String> p = new ArrayList<>();
        String secret = cfg.optional("records.kioskSecret").orElse("");
        if (secret.equals(DEMO_SECRET)) {
            p.add("records.kioskSecret is the published demo secret: put this kiosk's own secret (issued by the zone's "
                    + "records service, " + MIN_SECRET_LENGTH + "+ characters) in the site file");
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            p.add("records.kioskSecret has " + secret.length() + " characters: use the " + MIN_SECRET_LENGTH
                    + "+ character secret the zone's records service issued to this kiosk");
        }
        Optional<String> pin = cfg.optional("admin.pinHash");
        if (pin.isEmpty()) {
            p.add("admin.pinHash is not set (the published default PIN would open maintenance): run "
                    + "'java -jar kiosk.jar hash-pin' and put the line it prints in the site file");
        } else {
            try {
                PinHash.parse(pin.get());
            } catch (IllegalArgumentException e) {
                p.add("admin.pinHash: " + e.getMessage());
            }
        }
        if (cfg.optional("admin.lockoutFile").isEmpty()) {
            p.add("admin.lockoutFile is not set: the PIN lockout would be forgotten at every restart "
                    + "(e.g. /var/lib/govkiosk/admin-lockout)");
        }
        if (cfg.optional("admin.lockoutKey").orElse("").length() < 32) {
            p.add("admin.lockoutKey is missing or shorter than 32 characters: it protects the lockout file "
                    + "(openssl rand -hex 32)");
        }
        p.addAll(trustProblems(cfg.optional("certificate.trustAnchors").orElse("")));
        return p;
    }

    /** Trust anchors must be given, readable, and none of them a demo CA. */
    static List<String> trustProblems(String anchors) {
        List<String> p = new ArrayList<>();
        if (anchors.isBlank()) {
            p.add("certificate.trustAnchors is empty: list the PEM files of the department CAs this zone trusts");
            return p;
        }
        for (String f : anchors.split(",")) {
            if (f.isBlank()) continue;
            try {
                for (X509Certificate c : CertificateVerifier.loadPem(Path.of(f.trim()))) {
                    if (isDemo(c)) p.add("certificate.trustAnchors: " + f.trim() + " is a DEMO CA (" + c.getSubjectX500Principal()
                            + "): list the real department CAs");
                }
            } catch (IOException | RuntimeException e) {
                p.add("certificate.trustAnchors: cannot read " + f.trim() + ": " + e.getMessage());
            }
        }
        return p;
    }

    /** The demo seal authority names every certificate it makes DEMO (O=DEMO ...). */
    static boolean isDemo(X509Certificate c) {
        return c.getSubjectX500Principal().getName().toUpperCase().contains("DEMO");
    }
}
