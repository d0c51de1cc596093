package org.govkiosk.desktop.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.RecordsConfig;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.records.http.Interceptor;

/** Short timeouts (still under the 3 s SLOW fault) and a small population so the real-HTTP tests stay fast. */
final class ServiceFixture {
    static final int CITIZENS = 400;

    private ServiceFixture() {}

    static KioskSettings serviceConfig() {
        return serviceConfig(Map.of());
    }

    static KioskSettings serviceConfig(Map<String, String> more) {
        // These tests identify hundreds of times a second from one kiosk key; HostileClientsTest checks the limit.
        Map<String, String> m = new HashMap<>(Map.of("records.service.citizens", String.valueOf(CITIZENS),
                "records.service.faultDelay", "3s", "records.service.identifyBurst", "1000000",
                "records.service.identifyPerMinute", "1000000"));
        m.putAll(more);
        return KioskSettings.of(m);
    }

    /** The whole settings of a kiosk talking to {@code service} (certificates, records client). */
    static KioskSettings kioskSettings(EmbeddedRecordsService service, Map<String, String> more) {
        Map<String, String> m = new HashMap<>(Map.of("records.url", service.url().toString(),
                "records.connectTimeout", "500ms", "records.readTimeout", "2s", "records.retries", "2",
                "records.retryBackoff", "10ms", "records.maxBodyBytes", "1000000"));
        m.putAll(more);
        return KioskSettings.of(m);
    }

    static RecordsConfig clientConfig(EmbeddedRecordsService service, Map<String, String> more) {
        return kioskSettings(service, more).records();
    }

    static HttpRecordsGateway client(EmbeddedRecordsService service) {
        return new HttpRecordsGateway(clientConfig(service, Map.of()));
    }

    static HttpRecordsGateway client(EmbeddedRecordsService service, Map<String, String> more, List<Interceptor> extra) {
        return new HttpRecordsGateway(clientConfig(service, more), extra);
    }
}
