package org.govkiosk.device.idcard;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.govkiosk.config.IdCardConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the optional {@link WltDecoder} plug-in named by {@code idcard.wltDecoder}. */
public final class WltDecoders {
    private static final Logger log = LoggerFactory.getLogger(WltDecoders.class);

    private WltDecoders() {}

    /**
     * The configured decoder, or empty when none is configured or it cannot be loaded (logged for the
     * technician; the kiosk goes on without photos rather than refusing to start).
     */
    public static Optional<WltDecoder> fromConfig(IdCardConfig config) {
        Optional<Path> path = config.wltDecoder();
        if (path.isEmpty()) return Optional.empty();
        try {
            return Optional.of(load(path.get()));
        } catch (IllegalStateException e) {
            log.warn("WLT photo decoder not loaded: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Loads the first {@link WltDecoder} service found in a plug-in jar (or class directory). */
    public static WltDecoder load(Path jar) {
        if (!Files.exists(jar)) throw new IllegalStateException("plug-in " + jar + " does not exist");
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad plug-in path " + jar, e);
        }
        // Deliberately never closed: the decoder's classes (and its native library) live as long as the kiosk.
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, WltDecoders.class.getClassLoader());
        try {
            Iterator<WltDecoder> it = ServiceLoader.load(WltDecoder.class, loader).iterator();
            while (it.hasNext()) {
                WltDecoder d = it.next();
                // Only services the plug-in itself declares count, not ones already on the kiosk's class path.
                if (loader.findResource("META-INF/services/" + WltDecoder.class.getName()) != null) {
                    log.info("WLT photo decoder {} loaded from {}", d.name(), jar);
                    return d;
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalStateException("plug-in " + jar + " failed to load: " + e, e);
        }
        throw new IllegalStateException("plug-in " + jar + " declares no " + WltDecoder.class.getName() + " service");
    }
}
