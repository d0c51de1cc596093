package org.govkiosk.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.govkiosk.device.DeviceStatus;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The kiosk's state machine and the current citizen session with its timers. Single-threaded by design:
 * every method is called on the UI thread ({@link #tick()} once per frame), so no locks are needed and no
 * timer thread can race a screen. Workers reach it only through {@link SessionWork}.
 *
 * <p>Whether the kiosk may serve is decided by its {@link AvailabilityPolicy}: reasons are recorded whenever they
 * come (even mid-session or during maintenance) and the kiosk moves when it is free to, i.e. never under a
 * citizen's hands. Every transition publishes an immutable {@link Availability} on the {@link AvailabilityBoard},
 * the only view other threads (status endpoint, telemetry) have of this object.
 */
public final class SessionManager {
    public static final String MDC_KEY = "session";
    private static final Logger log = LoggerFactory.getLogger(SessionManager.class);

    private final SessionPolicy policy;
    private final Ticker ticker;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    private final AvailabilityPolicy availability;
    private final AvailabilityBoard board;
    private KioskState state = KioskState.INITIALISING;
    private long published;
    private CitizenSession session;
    private long lastActivity;
    private long lastWarningSecond = -1;
    private boolean warningShown;
    private long sessionsStarted;

    public SessionManager(SessionPolicy policy, Ticker ticker) {
        this(policy, ticker, new AvailabilityPolicy(), new AvailabilityBoard());
    }

    public SessionManager(SessionPolicy policy, Ticker ticker, AvailabilityPolicy availability, AvailabilityBoard board) {
        this.policy = policy;
        this.ticker = ticker;
        this.availability = availability;
        this.board = board;
    }

    public void addListener(SessionListener l) { listeners.add(l); }
    public void removeListener(SessionListener l) { listeners.remove(l); }

    public KioskState state() { return state; }
    /** The reasons that hold now (the kiosk may still be in a session or maintenance: it moves when free). */
    public List<AvailabilityPolicy.Reason> outOfServiceReasons() { return availability.reasons(); }
    public boolean holds(OutOfServiceReason reason) { return availability.holds(reason); }
    /** The last published snapshot; the one method other threads may call (through the board preferably). */
    public Availability snapshot() { return board.current(); }
    public AvailabilityBoard board() { return board; }
    public SessionPolicy policy() { return policy; }
    public long sessionsStarted() { return sessionsStarted; }

    /** The current session, or null between citizens. */
    public CitizenSession session() { return session; }

    public boolean inSession() { return session != null && session.active(); }

    // ---- kiosk states ---------------------------------------------------------------------------

    /** The application is up: AVAILABLE, or OUT_OF_SERVICE if a reason holds. Also re-checks at any free moment. */
    public void ready() {
        boolean free = state == KioskState.AVAILABLE || state == KioskState.OUT_OF_SERVICE;
        if (state == KioskState.INITIALISING || free && state != target()) moveKiosk(target());
    }

    /** Records that {@code reason} holds; the kiosk goes out of service now or, if busy, as soon as it is free. */
    public void hold(OutOfServiceReason reason, String detail) {
        List<OutOfServiceReason> before = kinds();
        if (availability.hold(reason, detail)) reasonsChanged(before);
    }

    /** Clears one reason (the others stay); the kiosk serves again once none holds. */
    public void clear(OutOfServiceReason reason) {
        List<OutOfServiceReason> before = kinds();
        if (availability.clear(reason)) reasonsChanged(before);
    }

    /** The devices' current statuses (see {@link AvailabilityPolicy#devices}). */
    public void devicesChanged(Collection<DeviceStatus> statuses) {
        List<OutOfServiceReason> before = kinds();
        if (availability.devices(statuses)) reasonsChanged(before);
    }

    /** One health check of the records service (see {@link AvailabilityPolicy#backendChecked}). */
    public void backendChecked(boolean up, String detail) {
        List<OutOfServiceReason> before = kinds();
        if (availability.backendChecked(up, detail)) reasonsChanged(before);
    }

    /** Maintenance is a handshake: the citizen session is ended and wiped before the technician gets the screen. */
    public void enterMaintenance() {
        if (inSession()) end(EndReason.MAINTENANCE);
        moveKiosk(KioskState.MAINTENANCE);
    }

    /** Back to AVAILABLE, or OUT_OF_SERVICE if a reason still holds (or arose during maintenance). */
    public void leaveMaintenance() { moveKiosk(target()); }

    private KioskState target() {
        return availability.available() ? KioskState.AVAILABLE : KioskState.OUT_OF_SERVICE;
    }

    private List<OutOfServiceReason> kinds() {
        return availability.reasons().stream().map(AvailabilityPolicy.Reason::kind).toList();
    }

    private void reasonsChanged(List<OutOfServiceReason> before) {
        log.info("out-of-service reasons: {}", availability.reasons().isEmpty() ? "none" : availability.reasons());
        boolean free = state == KioskState.AVAILABLE || state == KioskState.OUT_OF_SERVICE;
        if (free && target() != state) {
            moveKiosk(target());
        } else if (free && state == KioskState.OUT_OF_SERVICE && !before.equals(kinds())) {
            // Still out of service, for other reasons: the screen lists them, so it hears of the change.
            moveKiosk(KioskState.OUT_OF_SERVICE);
        } else {
            publish();
        }
    }

    private void moveKiosk(KioskState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalTransitionException("kiosk: " + state + " -> " + next + " is not allowed");
        }
        KioskState from = state;
        state = next;
        List<AvailabilityPolicy.Reason> reasons = next == KioskState.OUT_OF_SERVICE ? availability.reasons() : List.of();
        OutOfServiceReason first = reasons.isEmpty() ? null : reasons.get(0).kind();
        if (from != next || next == KioskState.OUT_OF_SERVICE) {
            log.info("kiosk {} -> {}{}", from, next, reasons.isEmpty() ? "" : " " + reasons);
        }
        publish();
        listeners.forEach(l -> l.kioskStateChanged(from, next, first));
    }

    private void publish() {
        board.publish(new Availability(state, availability.reasons(), sessionsStarted, ++published, Instant.now()));
    }

    // ---- sessions -------------------------------------------------------------------------------

    public CitizenSession start(Locale locale, boolean elderMode) {
        if (!state.canMoveTo(KioskState.IN_SESSION)) {
            throw new IllegalTransitionException("kiosk: " + state + " -> IN_SESSION is not allowed");
        }
        session = new CitizenSession(ticker.nanos(), locale, elderMode);
        // The id goes into the log context first, so even the state change below carries it.
        MDC.put(MDC_KEY, session.id());
        sessionsStarted++;
        moveKiosk(KioskState.IN_SESSION);
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

    /**
     * Ends the session for any reason: wipes it, returns the kiosk to AVAILABLE, or OUT_OF_SERVICE when a reason
     * arose while she was busy (a device lost mid-session). Idempotent.
     */
    public void end(EndReason reason) {
        if (!inSession()) return;
        CitizenSession s = session;
        listeners.forEach(l -> l.sessionEnding(s, reason));
        s.end(reason);
        session = null;
        warningShown = false;
        log.info("session ended: {}", reason);
        moveKiosk(target());
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
