package org.govkiosk.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;

/**
 * Where the GPIO devices get their Pi4J context. Production shares one auto-detected context per process
 * (Pi4J allows one owner per pin); tests hand in a context built from the mock plugin.
 */
@FunctionalInterface
public interface GpioContextSource {
    Context context() throws Exception;

    static GpioContextSource of(Context context) {
        return () -> context;
    }

    /** One auto-detected context for the whole process, created on first use. */
    static GpioContextSource shared() {
        return Shared::get;
    }

    final class Shared {
        private static Context context;

        private Shared() {}

        static synchronized Context get() {
            if (context == null) context = Pi4J.newAutoContext();
            return context;
        }
    }
}
