package org.govkiosk.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.govkiosk.config.ConfigException;

/** TLS to the broker, trusting a PKCS12 store (the broker's CA) or the JVM's default trust. */
public final class FleetTls {
    private FleetTls() {}

    public static SSLContext context(Optional<Path> trustStore, String password) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trustStore.isPresent()) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(trustStore.get())) {
                    ks.load(in, password.toCharArray());
                }
                tmf.init(ks);
            } else {
                tmf.init((KeyStore) null);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("trust store " + trustStore.map(Path::toString).orElse("(default)") + " cannot be used: " + e.getMessage(), e);
        }
    }
}
