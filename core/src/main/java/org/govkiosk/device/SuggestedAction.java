package org.govkiosk.device;

/** What a technician should do about a status, after XFS4IoT error events. */
public enum SuggestedAction {
    NONE, RESET, CLEAR, CONFIGURATION, MAINTENANCE, REFILL, SUSPEND
}
