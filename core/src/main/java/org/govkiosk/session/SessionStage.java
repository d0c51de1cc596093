package org.govkiosk.session;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a citizen is in her visit. The allowed moves are the table below; anything else is refused. */
public enum SessionStage {
    IDENTIFY, BROWSE, RESULT, PRINT, DONE, ENDED;

    private static final Map<SessionStage, Set<SessionStage>> ALLOWED = Map.of(
            IDENTIFY, EnumSet.of(BROWSE, ENDED),
            BROWSE, EnumSet.of(RESULT, DONE, ENDED),
            RESULT, EnumSet.of(BROWSE, PRINT, DONE, ENDED),
            PRINT, EnumSet.of(RESULT, BROWSE, DONE, ENDED),
            DONE, EnumSet.of(BROWSE, ENDED),
            ENDED, EnumSet.noneOf(SessionStage.class));

    public boolean canMoveTo(SessionStage next) {
        return ALLOWED.get(this).contains(next);
    }
}
