package org.govkiosk.catalog;

/** The department that issues an item's records and seals its certificates. */
public record Department(String code, Localized name) {}
