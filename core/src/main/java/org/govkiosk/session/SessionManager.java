package org.govkiosk.session;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The kiosk's state machine and the current citizen session with its timers. Single-threaded by design:
 * every method is called on the UI thread ({@link #tick()} once per frame), so no locks are needed and no
 * timer thread can race a screen. Workers reach it only through {@link SessionWork}.
 */
public final class SessionManager {
    public static final String MDC_KEY = "session";
    private static final Logger log = LoggerFactory.getLogger(SessionManager.class);

    private final SessionPolicy policy;
    private final Ticker ticker;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    private KioskState state = KioskState.INITIALISING;
    private OutOfServiceReason outOfServiceReason;
    private CitizenSession session;
    private long lastActivity;
    private long lastWarningSecond = -1;
    private boolean warningShown;
    private long sessionsStarted;

    public SessionManager(SessionPolicy policy, Ticker ticker) {
        this.policy = policy;
        this.ticker = ticker;
    }

    public void addListener(SessionListener l) { listeners.add(l); }
    public void removeListener(SessionListener l) { listeners.remove(l); }

    public KioskState state() { return state; }
    public OutOfServiceReason outOfServiceReason() { return outOfServiceReason; }
    public SessionPolicy policy() { return policy; }
    public long sessionsStarted() { return sessionsStarted; }

    /** The current session, or null between citizens. */
    public CitizenSession session() { return session; }

    public boolean inSession() { return session != null && session.active(); }

    // ---- kiosk states ---------------------------------------------------------------------------

    public void ready() { moveKiosk(KioskState.AVAILABLE, null); }

    /** Takes the kiosk out of service; a running session ends (wiped) first. */
    public void outOfService(OutOfServiceReason reason) {
        if (inSession()) end(EndReason.DEVICE_FAULT);
        moveKiosk(KioskState.OUT_OF_SERVICE, reason);
    }

    /** Maintenance is a handshake: the citizen session is ended and wiped before the technician gets the screen. */
    public void enterMaintenance() {
        if (inSession()) end(EndReason.MAINTENANCE);
        moveKiosk(KioskState.MAINTENANCE, null);
    }

    public void leaveMaintenance() { moveKiosk(KioskState.AVAILABLE, null); }

    private void moveKiosk(KioskState next, OutOfServiceReason reason) {
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException("kiosk: " + state + " -> " + next + " is not allowed");
        }
        KioskState from = state;
        state = next;
        outOfServiceReason = next == KioskState.OUT_OF_SERVICE ? reason : null;
        log.info("kiosk {} -> {}{}", from, next, reason == null ? "" : " (" + reason + ")");
        listeners.forEach(l -> l.kioskStateChanged(from, next, reason));
    }

    // ---- sessions -------------------------------------------------------------------------------

    public CitizenSession start(Locale locale, boolean elderMode) {
        if (!state.canMoveTo(KioskState.IN_SESSION)) {
            throw new IllegalTransitionException("kiosk: " + state + " -> IN_SESSION is not allowed");
        }
        session = new CitizenSession(ticker.nanos(), locale, elderMode);
        // The id goes into the log context first, so even the state change below carries it.
        MDC.put(MDC_KEY, session.id());
        moveKiosk(KioskState.IN_SESSION, null);
        sessionsStarted++;
        lastActivity = ticker.nanos();
        warningShown = false;
        log.info("session started");
        CitizenSession s = session;
        listeners.forEach(l -> l.sessionStarted(s));
        return s;
    }

    public void moveTo(SessionStage next) {
        CitizenSession s = requireSession();
        if (next == SessionStage.ENDED) throw new IllegalTransitionException("use end(reason) to end a session");
        SessionStage from = s.stage();
        s.moveTo(next);
        touch();
        log.info("stage {} -> {}", from, next);
        listeners.forEach(l -> l.stageChanged(s, from, next));
    }

    /** Any citizen input: resets the inactivity timer and clears a shown warning. */
    public void touch() {
        if (!inSession()) return;
        lastActivity = ticker.nanos();
        if (warningShown) {
            warningShown = false;
            lastWarningSecond = -1;
            CitizenSession s = session;
            listeners.forEach(l -> l.timeoutWarningCleared(s));
        }
    }

    /** Ends the session for any reason: wipes it, returns the kiosk to AVAILABLE. Idempotent. */
    public void end(EndReason reason) {
        if (!inSession()) return;
        CitizenSession s = session;
        listeners.forEach(l -> l.sessionEnding(s, reason));
        s.end(reason);
        session = null;
        warningShown = false;
        log.info("session ended: {}", reason);
        moveKiosk(KioskState.AVAILABLE, null);
        listeners.forEach(l -> l.sessionEnded(s, reason));
        MDC.remove(MDC_KEY);
    }

    /** Called once per frame: runs the timers. */
    public void tick() {
        if (!inSession()) return;
        long now = ticker.nanos();
        long idle = now - lastActivity;
        long lived = now - session.startedNanos();
        long toInactivity = policy.inactivity().toNanos() - idle;
        long toMax = policy.maxLength().toNanos() - lived;
        if (toMax <= 0) {
            end(EndReason.MAX_LENGTH);
            return;
        }
        if (toInactivity <= 0) {
            end(EndReason.INACTIVITY);
            return;
        }
        long warnAt = policy.warning().toNanos();
        boolean maxSoon = toMax <= warnAt && toMax < toInactivity;
        long left = maxSoon ? toMax : toInactivity;
        if (left <= warnAt) {
            long seconds = (left + 999_999_999L) / 1_000_000_000L;
            if (!warningShown || seconds != lastWarningSecond) {
                warningShown = true;
                lastWarningSecond = seconds;
                CitizenSession s = session;
                listeners.forEach(l -> l.timeoutWarning(s, seconds, !maxSoon));
            }
        }
    }


    private CitizenSession requireSession() {
        if (!inSession()) throw new IllegalTransitionException("no citizen session is active");
        return session;
    }
}
