package org.govkiosk.device.indicator;

import org.govkiosk.device.Device;

/** Port for the status light and the help-call line (GPIO on the kiosk). */
public interface Indicators extends Device {
    enum Light { OFF, GREEN, AMBER, RED }

    void setStatusLight(Light light);

    /** Raises or clears the call for the on-site assistant. */
    void setHelpCall(boolean calling);

    Light statusLight();

    boolean helpCalling();
}
