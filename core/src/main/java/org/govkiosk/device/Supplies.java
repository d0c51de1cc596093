package org.govkiosk.device;

/** Consumable level (paper, ribbon). UNKNOWN where a device cannot tell. */
public enum Supplies {
    FULL, LOW, OUT, JAMMED, UNKNOWN, NOT_APPLICABLE
}
