package org.govkiosk.config;

import java.nio.file.Path;

/**
 * The desktop launcher's working data: {@code desktop.dataDir} holds what it generates (the demo departments'
 * seal keys unless {@code certificate.demoSealDir} says otherwise). Empty: {@code ~/.cache/govkiosk}.
 * {@code demo.faceSamples}: where the demo citizens' reference photos are (scripts/fetch-face-samples).
 */
public record DesktopConfig(Path dataDir, java.util.Optional<Path> faceSamples) {

    public static DesktopConfig from(KioskConfig c) {
        return new DesktopConfig(c.path("desktop.dataDir")
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "govkiosk")), c.path("demo.faceSamples"));
    }
}
