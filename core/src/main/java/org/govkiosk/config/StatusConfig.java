package org.govkiosk.config;

import java.util.Optional;

/** The operator status endpoint: {@code status.*}. No token: the endpoint stays off. */
public record StatusConfig(String bind, int port, Optional<String> token) {

    public static StatusConfig from(KioskConfig c) {
        return new StatusConfig(c.required("status.bind", "an address to listen on"), c.integer("status.port", 0, 65535),
                c.optional("status.token"));
    }

    @Override
    public String toString() {
        return "StatusConfig[bind=" + bind + ", port=" + port + ", token=" + (token.isPresent() ? "set" : "none") + "]";
    }
}
