package org.govkiosk.config;

/** A configuration mistake, worded for the technician who made it. */
public class ConfigException extends RuntimeException {
    /** Process exit status for a configuration mistake (sysexits EX_CONFIG), so systemd and scripts can tell it apart. */
    public static final int EXIT_STATUS = 78;

    public ConfigException(String message) { super(message); }

    public ConfigException(String message, Throwable cause) { super(message, cause); }
}
