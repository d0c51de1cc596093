package org.govkiosk.kiosk.gpio;

/** What the GPIO devices share: the words for a missing GPIO chip and the release of pins (pins: GpioConfig). */
final class GpioPins {
    private GpioPins() {}

    /** Why there is no GPIO, in words a technician can act on. */
    static String noGpioDetail(Throwable e) {
        return "no usable GPIO on this machine (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "). "
                + "Expected on an x86 PC without a GPIO board; on the kiosk controller check that /dev/gpiochip0 exists "
                + "and the service user is in the 'gpio' group (see docs/deployment.md)";
    }

    /** Releases the named I/Os of a context; a pin that will not let go is logged, not fatal (we are closing). */
    static void shutdown(com.pi4j.context.Context context, java.util.List<String> ids, org.slf4j.Logger log) {
        if (context == null) return;
        for (String id : ids) {
            try {
                if (context.registry().exists(id)) context.shutdown(id);
            } catch (Exception e) {
                log.debug("GPIO {} did not shut down: {}", id, e.toString());
            }
        }
    }
}
