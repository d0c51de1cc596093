package org.govkiosk.config;

/** A configuration mistake, worded for the technician who made it. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) { super(message); }

    public ConfigException(String message, Throwable cause) { super(message, cause); }
}
