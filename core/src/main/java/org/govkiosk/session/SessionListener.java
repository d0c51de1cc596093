package org.govkiosk.session;

/** What the UI (and the audit log) hears from the session manager. All calls come on the UI thread. */
public interface SessionListener {
    default void kioskStateChanged(KioskState from, KioskState to, OutOfServiceReason reason) {}

    default void sessionStarted(CitizenSession session) {}

    default void stageChanged(CitizenSession session, SessionStage from, SessionStage to) {}

    /** The inactivity (or max length) warning: {@code secondsLeft} counts down once a second. */
    default void timeoutWarning(CitizenSession session, long secondsLeft, boolean extendable) {}

    default void timeoutWarningCleared(CitizenSession session) {}

    /** The session has ended and is already wiped. */
    default void sessionEnded(CitizenSession session, EndReason reason) {}

    /** Just before her data is wiped: the last chance to tell others (the records service) that she is gone. */
    default void sessionEnding(CitizenSession session, EndReason reason) {}
}
