package org.govkiosk.session;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One citizen's visit: an id for every log line, the stage she is at, and her data. After {@link #end}
 * the data is wiped and {@link #data()} refuses to hand it out.
 */
public final class CitizenSession {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final long startedNanos;
    private SessionStage stage = SessionStage.IDENTIFY;
    private SessionData data = new SessionData();
    private EndReason endReason;
    private Locale locale;
    private boolean elderMode;

    CitizenSession(long startedNanos, Locale locale, boolean elderMode) {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        this.id = "S-" + HexFormat.of().withUpperCase().formatHex(b);
        this.startedNanos = startedNanos;
        this.locale = locale;
        this.elderMode = elderMode;
    }

    public String id() { return id; }
    public SessionStage stage() { return stage; }
    public long startedNanos() { return startedNanos; }
    public boolean active() { return stage != SessionStage.ENDED; }
    public EndReason endReason() { return endReason; }
    public Locale locale() { return locale; }
    public boolean elderMode() { return elderMode; }
    public void locale(Locale l) { this.locale = l; }
    public void elderMode(boolean on) { this.elderMode = on; }

    /** The citizen's data; refused once the session has ended. */
    public SessionData data() {
        if (data == null) throw new IllegalTransitionException("session " + id + " has ended: its data is gone");
        return data;
    }

    void moveTo(SessionStage next) {
        if (!stage.canMoveTo(next)) {
            throw new IllegalTransitionException("session " + id + ": " + stage + " -> " + next + " is not allowed");
        }
        stage = next;
    }

    void end(EndReason reason) {
        moveTo(SessionStage.ENDED);
        endReason = reason;
        data.wipe();
        data = null;
    }

    @Override
    public String toString() {
        return "CitizenSession[" + id + " " + stage + "]";
    }
}
