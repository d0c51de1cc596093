package org.govkiosk.fleet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.govkiosk.session.KioskState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands from the broker to the kiosk: checked by the {@link FleetCommandGate} as they arrive (any thread),
 * held until no citizen is in a session, then applied on the UI thread. Every command, accepted or refused, is
 * written to the audit log and answered on {@code cmd/result}.
 */
public final class FleetCommandQueue {
    /** The audit trail of operator commands: a logger of its own so sites can route it to a separate file. */
    private static final Logger audit = LoggerFactory.getLogger("org.govkiosk.audit.fleet");

    /** Does what a command says. Runs on the UI thread between sessions; throws to report a failure. */
    public interface Actions {
        /** @return a short description of what was done, for {@code cmd/result} */
        String apply(FleetCommand command) throws Exception;
    }

    private final FleetCommandGate gate;
    private final Consumer<String> results;
    private final KioskTelemetry telemetry;
    private final Clock clock;
    private final ConcurrentLinkedQueue<FleetCommand> pending = new ConcurrentLinkedQueue<>();

    public FleetCommandQueue(FleetCommandGate gate, Consumer<String> results, KioskTelemetry telemetry, Clock clock) {
        this.gate = gate;
        this.results = results;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /** A message from the {@code cmd} topic. */
    public void receive(byte[] payload) {
        FleetCommandGate.Verdict v = gate.check(payload);
        if (!v.accepted()) {
            audit.warn("fleet command {} REFUSED: {}", v.id() == null ? "(no id)" : v.id(), v.refusal());
            telemetry.emit("command-refused", Map.of("id", String.valueOf(v.id()), "why", KioskTelemetry.mask(v.refusal())));
            answer(v.id(), null, "refused", v.refusal());
            return;
        }
        FleetCommand c = v.command();
        KioskState st = telemetry.state();
        String waiting = st == KioskState.IN_SESSION ? "waiting for the current session to end"
                : st == KioskState.MAINTENANCE ? "waiting for the technician to leave maintenance" : null;
        audit.info("fleet command {} ACCEPTED: {}{}", c.id(), c.action().wire, KioskTelemetry.mask(c.args().toString()),
                waiting == null ? "" : " (" + waiting + ")");
        pending.add(c);
        answer(c.id(), c.action().wire, "accepted", waiting == null ? "applying" : waiting);
    }

    public boolean hasPending() { return !pending.isEmpty(); }

    /** Called every frame on the UI thread: applies what is waiting unless someone is using the kiosk. */
    public void applyBetweenSessions(boolean busy, Actions actions) {
        if (busy) return;
        FleetCommand c;
        while ((c = pending.poll()) != null) {
            try {
                String done = actions.apply(c);
                audit.info("fleet command {} APPLIED: {}: {}", c.id(), c.action().wire, done);
                telemetry.emit("command-applied", Map.of("id", c.id(), "action", c.action().wire));
                answer(c.id(), c.action().wire, "applied", done);
            } catch (Exception e) {
                audit.warn("fleet command {} FAILED: {}: {}", c.id(), c.action().wire, e.getMessage());
                answer(c.id(), c.action().wire, "failed", String.valueOf(e.getMessage()));
            }
        }
    }

    /** For answers that come later (a self-test finishing on a worker). */
    public void answer(String id, String action, String outcome, String detail) {
        ObjectNode n = FleetStatusJson.JSON.createObjectNode();
        n.put("schema", FleetStatusJson.SCHEMA).put("id", id).put("action", action).put("outcome", outcome)
                .put("detail", KioskTelemetry.mask(detail)).put("at", clock.instant().toString());
        results.accept(n.toString());
    }
}
