package org.govkiosk.kiosk.fleet;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.govkiosk.fleet.FleetSettings;
import org.govkiosk.fleet.FleetTls;

/** How the operator's tool reaches the broker: the same transport rule as kiosks (TLS, plain TCP on loopback only). */
record BrokerLogin(String url, String username, String password, Path trustStore, String trustStorePassword) {
    FleetSettings.BrokerAddress address() {
        return FleetSettings.BrokerAddress.parse(url);
    }

    MqttConnectOptions options(int timeoutSeconds) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(Math.max(1, timeoutSeconds));
        o.setKeepAliveInterval(30);
        o.setMaxInflight(100);
        if (username != null) o.setUserName(username);
        if (password != null) o.setPassword(password.toCharArray());
        if (address().tls()) {
            o.setSocketFactory(FleetTls.context(Optional.ofNullable(trustStore), trustStorePassword == null ? "" : trustStorePassword).getSocketFactory());
        }
        return o;
    }
}
