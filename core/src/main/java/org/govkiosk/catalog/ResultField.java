package org.govkiosk.catalog;

/** A field of an item's result: the key the records service uses and its label in both languages. */
public record ResultField(String key, Localized label) {}
