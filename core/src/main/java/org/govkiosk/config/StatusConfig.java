package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;

import java.util.Optional;

/** The operator status endpoint: {@code status.*}. No token: the endpoint stays off. */
public record StatusConfig(String bind, int port, Optional<String> token, Optional<Path> tokenFile, int maxConnections,
                           Duration headerDeadline, Duration idleTimeout) {

    public static StatusConfig from(KioskConfig c) {
        return new StatusConfig(c.required("status.bind", "an address to listen on"), c.integer("status.port", 0, 65535),
                c.optional("status.token"), c.path("status.tokenFile"), c.integer("status.http.maxConnections", 1, 1_000_000),
                c.positiveDuration("status.http.headerDeadline"), c.positiveDuration("status.http.idleTimeout"));
    }

    @Override
    public String toString() {
        return "StatusConfig[bind=" + bind + ", port=" + port + ", token=" + (token.isPresent() ? "set" : "none") + "]";
    }
}
