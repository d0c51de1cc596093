package org.govkiosk.config;

import java.time.Duration;
import java.util.Map;

/**
 * The desktop launcher's embedded records service: {@code records.service.*}. {@code kioskKeys} is the family
 * {@code records.service.key.<kioskId>=<secret>}.
 */
public record RecordsServiceConfig(Map<String, String> kioskKeys, int citizens, long seed, Duration clockSkew,
                                   Duration tokenTtl, String fault, Duration faultDelay, String sealAuthority) {
    public static final String KEY_FAMILY = "records.service.key.";

    public RecordsServiceConfig {
        kioskKeys = Map.copyOf(kioskKeys);
    }

    public static RecordsServiceConfig from(KioskConfig c) {
        return new RecordsServiceConfig(c.family(KEY_FAMILY), c.integer("records.service.citizens", 0, 10_000_000),
                c.longNumber("records.service.seed"), c.positiveDuration("records.service.clockSkew"),
                c.positiveDuration("records.service.tokenTtl"), c.required("records.service.fault", "a fault name or none"),
                c.duration("records.service.faultDelay"),
                c.required("records.service.sealAuthority", "a SealAuthority class name"));
    }

    @Override
    public String toString() {
        return "RecordsServiceConfig[kiosks=" + kioskKeys.keySet() + ", citizens=" + citizens + ", fault=" + fault + "]";
    }
}
