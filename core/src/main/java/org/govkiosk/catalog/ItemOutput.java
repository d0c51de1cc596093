package org.govkiosk.catalog;

/** What an item can produce for the citizen. */
public enum ItemOutput { SCREEN, CERTIFICATE, RECEIPT }
