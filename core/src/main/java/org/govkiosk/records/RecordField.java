package org.govkiosk.records;

/** One key/value of a record; labels come from the catalog item's result fields. */
public record RecordField(String key, String value) {}
