package org.govkiosk.fleet;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;

/**
 * The {@code fleet.*} keys of one kiosk (documented in default.properties and docs/fleet.md).
 * An empty {@code fleet.mqtt.url} turns fleet reporting off.
 */
public record FleetSettings(String url, Optional<String> username, Optional<String> password,
                            Optional<Path> trustStore, String trustStorePassword, String zone, String kioskId,
                            Optional<String> operatorKey, Duration commandMaxAge, Optional<Path> stateDir,
                            Duration statusInterval, int eventBuffer, Duration reconnectMin, Duration reconnectMax,
                            int keepAliveSeconds) {

    public static Optional<FleetSettings> from(KioskConfig c) {
        Optional<String> url = c.optional("fleet.mqtt.url");
        if (url.isEmpty()) return Optional.empty();
        FleetSettings s = new FleetSettings(url.get(), c.optional("fleet.mqtt.username"), c.optional("fleet.mqtt.password"),
                c.optional("fleet.mqtt.trustStore").map(Path::of), c.optional("fleet.mqtt.trustStorePassword").orElse(""),
                c.string("fleet.zone"), c.string("kiosk.id"), c.optional("fleet.operatorKey"),
                c.duration("fleet.command.maxAge"), c.optional("fleet.stateDir").map(Path::of),
                c.duration("fleet.statusInterval"), c.integer("fleet.eventBuffer"),
                c.duration("fleet.reconnect.min"), c.duration("fleet.reconnect.max"),
                (int) c.duration("fleet.mqtt.keepAlive").toSeconds());
        s.check();
        return Optional.of(s);
    }

    /** Topic levels must not contain wildcards or separators, or one kiosk could read or write another's topics. */
    static void requireTopicSafe(String key, String v) {
        if (v.isEmpty() || v.contains("/") || v.contains("+") || v.contains("#") || v.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(key + " '" + v + "' cannot be an MQTT topic level (no '/', '+', '#' or spaces)");
        }
    }

    private void check() {
        requireTopicSafe("fleet.zone", zone);
        requireTopicSafe("kiosk.id", kioskId);
        BrokerAddress.parse(url); // fails early with the reason (e.g. plain TCP off loopback)
        if (eventBuffer < 1) throw new ConfigException("fleet.eventBuffer must be at least 1");
    }

    /** A broker URL checked against the transport rule: TLS, except plain TCP on loopback (desktop, tests). */
    public record BrokerAddress(String scheme, String host, int port) {
        public static BrokerAddress parse(String url) {
            URI u;
            try {
                u = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("fleet.mqtt.url '" + url + "' is not a URL");
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
            if (u.getHost() == null) throw new ConfigException("fleet.mqtt.url '" + url + "' has no host");
            boolean tls = scheme.equals("ssl") || scheme.equals("mqtts");
            if (!tls && !scheme.equals("tcp") && !scheme.equals("mqtt")) {
                throw new ConfigException("fleet.mqtt.url '" + url + "': use ssl:// (or tcp:// on loopback only)");
            }
            if (!tls && !isLoopback(u.getHost())) {
                throw new ConfigException("fleet.mqtt.url '" + url + "': plain TCP is refused off loopback; "
                        + "the kiosk's credentials and the operator's commands would cross the network in clear. Use ssl://");
            }
            int port = u.getPort() > 0 ? u.getPort() : tls ? 8883 : 1883;
            return new BrokerAddress(tls ? "ssl" : "tcp", u.getHost(), port);
        }

        public boolean tls() { return scheme.equals("ssl"); }

        /** The form Paho understands. */
        public String pahoUri() { return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port; }

        static boolean isLoopback(String host) {
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            // Literal addresses and "localhost" only: a name that resolves to loopback today may not tomorrow.
            return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
        }
    }
}
