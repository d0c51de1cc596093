package org.govkiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The kiosk's client of the records service: {@code records.*} (not {@code records.service.*}). */
public record RecordsConfig(URI url, String kioskKeyId, String kioskSecret, Duration connectTimeout, Duration readTimeout,
                            int retries, Duration retryBackoff, int maxBodyBytes, Duration healthInterval,
                            int healthFailuresBeforeOutOfService, Optional<Path> trustStore, String trustStorePassword) {

    public static RecordsConfig from(KioskConfig c) {
        return new RecordsConfig(c.uri("records.url", Set.of("http", "https")),
                c.required("records.kioskKeyId", "the key id the records service knows this kiosk by"),
                c.required("records.kioskSecret", "this kiosk's shared secret"),
                c.positiveDuration("records.connectTimeout"), c.positiveDuration("records.readTimeout"),
                c.integer("records.retries", 0, 10), c.duration("records.retryBackoff"),
                c.integer("records.maxBodyBytes", 256, Integer.MAX_VALUE), c.duration("records.healthInterval"),
                c.integer("records.healthFailuresBeforeOutOfService", 1, 1000),
                c.path("records.trustStore"), c.string("records.trustStorePassword"));
    }

    /** A copy pointing at another service (the desktop's embedded one on whatever port it got). */
    public RecordsConfig withUrl(URI other) {
        return new RecordsConfig(other, kioskKeyId, kioskSecret, connectTimeout, readTimeout, retries, retryBackoff,
                maxBodyBytes, healthInterval, healthFailuresBeforeOutOfService, trustStore, trustStorePassword);
    }

    @Override
    public String toString() {
        return "RecordsConfig[url=" + url + ", kioskKeyId=" + kioskKeyId + ", secrets hidden]";
    }
}
