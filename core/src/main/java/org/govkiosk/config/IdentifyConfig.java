package org.govkiosk.config;

/** How citizens identify besides the card: {@code identify.*}. Empty prefix: every scan is sent. */
public record IdentifyConfig(String appCodePrefix) {

    public static IdentifyConfig from(KioskConfig c) {
        return new IdentifyConfig(c.string("identify.appCodePrefix"));
    }
}
