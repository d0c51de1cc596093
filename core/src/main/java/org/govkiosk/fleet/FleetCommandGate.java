package org.govkiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether a message on the kiosk's {@code cmd} topic is a command from the operator: signed by the key
 * in {@code fleet.operatorKey}, addressed to this kiosk, issued within {@code fleet.command.maxAge}, never seen
 * before. Anyone who can publish on the broker can reach the topic; only the operator's key makes a command.
 */
public final class FleetCommandGate {
    /** Clocks disagree a little; a command from further in the future is refused. */
    static final Duration FUTURE_SKEW = Duration.ofSeconds(30);
    static final int MAX_PAYLOAD = 8 * 1024;

    /** Either a command to apply, or why not ({@code id} is the claimed command id when one could be read). */
    public record Verdict(FleetCommand command, String id, String refusal) {
        public boolean accepted() { return command != null; }

        static Verdict refused(String id, String why) { return new Verdict(null, id, why); }
    }

    private final PublicKey operatorKey;
    private final String kioskId;
    private final Duration maxAge;
    private final Clock clock;
    private final ReplayGuard replays;

    /** @param operatorKey null: every command is refused (commands are off until the key is configured) */
    public FleetCommandGate(PublicKey operatorKey, String kioskId, Duration maxAge, Path replayFile, Clock clock) {
        this.operatorKey = operatorKey;
        this.kioskId = kioskId;
        this.maxAge = maxAge;
        this.clock = clock;
        this.replays = new ReplayGuard(maxAge, replayFile, clock.instant());
    }

    public Verdict check(byte[] payload) {
        if (payload.length > MAX_PAYLOAD) return Verdict.refused(null, "too large (" + payload.length + " bytes)");
        SignedCommands.Envelope env;
        try {
            env = SignedCommands.Envelope.parse(payload);
        } catch (IllegalArgumentException e) {
            return Verdict.refused(null, "malformed: " + e.getMessage());
        }
        String claimedId = claimedId(env.body());
        if (env.sig() == null) return Verdict.refused(claimedId, "unsigned");
        if (operatorKey == null) return Verdict.refused(claimedId, "no operator key configured (fleet.operatorKey): commands are off");
        if (!OperatorKeys.verify(operatorKey, env.body().getBytes(StandardCharsets.UTF_8), env.sig())) {
            return Verdict.refused(claimedId, "bad signature");
        }
        FleetCommand c;
        try {
            c = FleetCommand.parseBody(env.body());
        } catch (IllegalArgumentException e) {
            return Verdict.refused(claimedId, e.getMessage());
        }
        if (!c.kiosk().equals(kioskId)) return Verdict.refused(c.id(), "addressed to kiosk " + c.kiosk());
        Instant now = clock.instant();
        if (c.issuedAt().isBefore(now.minus(maxAge))) {
            return Verdict.refused(c.id(), "stale: issued " + c.issuedAt() + ", older than " + maxAge.toSeconds() + " s");
        }
        if (c.issuedAt().isAfter(now.plus(FUTURE_SKEW))) return Verdict.refused(c.id(), "issued in the future (clock?)");
        if (!replays.firstTime(c.id(), c.issuedAt(), now)) return Verdict.refused(c.id(), "replayed");
        return new Verdict(c, c.id(), null);
    }

    /** For the refusal answer only: the id is not trusted, just echoed so the operator can match it. */
    private static String claimedId(String body) {
        try {
            var id = FleetCommand.JSON.readTree(body).get("id");
            return id != null && id.isTextual() && id.asText().length() <= 64 ? id.asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
