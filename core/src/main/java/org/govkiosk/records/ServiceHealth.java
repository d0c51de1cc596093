package org.govkiosk.records;

/** The records service's own view of itself. */
public record ServiceHealth(boolean up, String version, String detail) {}
