package org.govkiosk.session;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Application states after IATA CUSS. The allowed moves are the table below; anything else is refused. */
public enum KioskState {
    INITIALISING, AVAILABLE, IN_SESSION, OUT_OF_SERVICE, MAINTENANCE;

    private static final Map<KioskState, Set<KioskState>> ALLOWED = Map.of(
            INITIALISING, EnumSet.of(AVAILABLE, OUT_OF_SERVICE),
            AVAILABLE, EnumSet.of(IN_SESSION, OUT_OF_SERVICE, MAINTENANCE),
            // A session never goes straight to maintenance: it ends (and is wiped) first, then AVAILABLE -> MAINTENANCE.
            IN_SESSION, EnumSet.of(AVAILABLE, OUT_OF_SERVICE),
            OUT_OF_SERVICE, EnumSet.of(AVAILABLE, MAINTENANCE, OUT_OF_SERVICE),
            MAINTENANCE, EnumSet.of(AVAILABLE, OUT_OF_SERVICE));

    public boolean canMoveTo(KioskState next) {
        return ALLOWED.get(this).contains(next);
    }
}
