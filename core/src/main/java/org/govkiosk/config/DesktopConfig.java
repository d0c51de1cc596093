package org.govkiosk.config;

import java.nio.file.Path;

/**
 * The desktop launcher's working data: {@code desktop.dataDir} holds what it generates (the demo departments'
 * seal keys unless {@code certificate.demoSealDir} says otherwise). Empty: {@code ~/.cache/govkiosk}.
 */
public record DesktopConfig(Path dataDir) {

    public static DesktopConfig from(KioskConfig c) {
        return new DesktopConfig(c.path("desktop.dataDir")
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "govkiosk")));
    }
}
