package org.govkiosk.config;

import java.time.Duration;
import java.util.Map;

/**
 * The desktop launcher's embedded records service: {@code records.service.*}. {@code kioskKeys} is the family
 * {@code records.service.key.<kioskId>=<secret>}.
 */
public record RecordsServiceConfig(Map<String, String> kioskKeys, int citizens, long seed, Duration clockSkew,
                                   Duration tokenTtl, int identifyBurst, int identifyPerMinute, Duration appCodeTtl,
                                   String appKey, String fault, Duration faultDelay, String sealAuthority, Http http) {

    /** {@code records.service.http.*}: the service's own HTTP server limits. */
    public record Http(int maxConnections, int threads, Duration headerDeadline, Duration bodyDeadline, Duration idleTimeout) {}

    public static final String KEY_FAMILY = "records.service.key.";

    public RecordsServiceConfig {
        kioskKeys = Map.copyOf(kioskKeys);
    }

    public static RecordsServiceConfig from(KioskConfig c) {
        return new RecordsServiceConfig(c.family(KEY_FAMILY), c.integer("records.service.citizens", 0, 10_000_000),
                c.longNumber("records.service.seed"), c.positiveDuration("records.service.clockSkew"),
                c.positiveDuration("records.service.tokenTtl"), c.integer("records.service.identifyBurst", 1, 1_000_000),
                c.integer("records.service.identifyPerMinute", 1, 1_000_000), c.positiveDuration("records.service.appCodeTtl"),
                c.required("records.service.appKey", "the app's shared secret"),
                c.required("records.service.fault", "a fault name or none"), c.duration("records.service.faultDelay"),
                c.required("records.service.sealAuthority", "a SealAuthority class name"),
                new Http(c.integer("records.service.http.maxConnections", 1, 1_000_000), c.integer("records.service.http.threads", 2, 10_000),
                        c.positiveDuration("records.service.http.headerDeadline"), c.positiveDuration("records.service.http.bodyDeadline"),
                        c.positiveDuration("records.service.http.idleTimeout")));
    }

    @Override
    public String toString() {
        return "RecordsServiceConfig[kiosks=" + kioskKeys.keySet() + ", citizens=" + citizens + ", fault=" + fault + "]";
    }
}
