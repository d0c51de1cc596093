package org.govkiosk.device.receipt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.govkiosk.config.ReceiptConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.printer.PrintLedger;
import org.govkiosk.device.printer.PrintOutcome;
import org.govkiosk.device.printer.PrintOutcome.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The 80 mm receipt printer over ESC/POS on a byte link. Before each receipt it asks the printer's real-time status
 * ({@code DLE EOT}) and refuses to send when paper, cover or cutter say no. It sends a receipt in two parts and
 * after each waits until the printer has processed it ({@code GS ( H}) and asks the status again; if the paper
 * ended it clears the printer's buffers ({@code DLE DC4 8}) so the rest is never printed for the next person after
 * a refill. It never retries on its own.
 */
public final class EscPosReceiptPrinter extends AbstractDevice implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final ByteLink link;
    private final ReceiptLayout layout;
    private final Duration statusTimeout;
    private final Duration printTimeout;
    private final AtomicInteger processIds = new AtomicInteger(1);
    private final PrintLedger ledger = new PrintLedger();
    private boolean sentBytes;
    private final java.util.Set<String> lateProcessIds = new java.util.HashSet<>();

    public EscPosReceiptPrinter(ByteLink link, ReceiptConfig config) {
        super("receipt:" + link.name(), DeviceKind.RECEIPT_PRINTER);
        this.link = link;
        this.layout = new ReceiptLayout(config.columns());
        this.statusTimeout = config.statusTimeout();
        this.printTimeout = config.printTimeout();
    }

    @Override
    protected void doOpen() throws DeviceException {
        if (!link.isOpen()) throw new DeviceException(DeviceException.Code.NO_HARDWARE, "device.unavailable", link.name() + " is not open");
    }

    @Override
    protected void doEnable() throws DeviceException {
        try {
            publish(queryStatus());
        } catch (LinkException e) {
            updateState(DeviceState.OFFLINE, "no status answer: " + e.getMessage());
            throw new DeviceException(DeviceException.Code.OFFLINE, "device.state.offline", e.getMessage(), e);
        } catch (ProtocolException e) {
            updateState(DeviceState.HARDWARE_ERROR, e.getMessage());
            throw new DeviceException(DeviceException.Code.PROTOCOL, "device.state.hardware_error", e.getMessage(), e);
        }
    }

    @Override
    protected void doClose() {
        link.close();
    }

    @Override
    public synchronized PrintOutcome printReceipt(Receipt receipt, String sessionId) throws DeviceException {
        requireEnabled();
        // The same proof twice in one session is a double tap, not a wish: title + QR name the record it proves.
        String identity = receipt.qrPayload().isEmpty() ? receipt.toString() : receipt.title() + "\n" + receipt.subtitle() + "\n" + receipt.qrPayload();
        String key = PrintLedger.digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ledger.claimDigest(sessionId, key);
        String outer = MDC.get("session");
        MDC.put("session", sessionId);
        try {
            PrintOutcome o = print(receipt);
            // Asking again after a refill is the citizen's right; only an unknown ending (FAILED after bytes went out) keeps the claim.
            if (!o.printed() && (o.result() != Result.FAILED || !sentBytes)) ledger.release(sessionId, key);
            return o;
        } finally {
            restore(outer);
        }
    }

    private PrintOutcome print(Receipt receipt) {
        List<byte[]> parts = layout.encode(receipt);
        sentBytes = false;
        try {
            link.discardInput(); // a late answer from an earlier exchange must not pass for today's status
            EscPosStatus before = queryStatus();
            publish(before);
            if (before.blocking()) {
                log.warn("receipt not started: printer status {}", before.hex());
                return PrintOutcome.failed(outcomeOf(before), "before printing: " + describe(before));
            }
            updateState(DeviceState.BUSY, "printing");
            for (int i = 0; i < parts.size(); i++) {
                link.discardInput();
                sentBytes = true;
                link.write(parts.get(i));
                EscPosStatus after = awaitProcessed();
                if (after.blocking()) {
                    clearBuffers();
                    statistics().increment("receiptsAborted");
                    publish(after);
                    log.warn("receipt stopped in part {} of {}: {}; printer buffers cleared", i + 1, parts.size(), after.hex());
                    return PrintOutcome.failed(outcomeOf(after), "stopped in part " + (i + 1) + " of " + parts.size() + ": "
                            + describe(after) + "; buffers cleared, nothing resumes after a refill");
                }
            }
            EscPosStatus done = queryStatus();
            publish(done);
            statistics().increment("receipts");
            statistics().increment("cuts");
            return PrintOutcome.printed("receipt printed on " + link.name() + " (status " + done.hex() + ")", "");
        } catch (LinkException e) {
            statistics().increment("communicationErrors");
            clearQuietly();
            updateState(DeviceState.OFFLINE, e.getMessage());
            return PrintOutcome.failed(Result.OFFLINE, "link: " + e.getMessage());
        } catch (ProtocolException e) {
            statistics().increment("communicationErrors");
            clearQuietly();
            updateState(DeviceState.HARDWARE_ERROR, e.getMessage());
            return PrintOutcome.failed(Result.FAILED, e.getMessage());
        } catch (PrintTimeout e) {
            clearQuietly();
            updateState(DeviceState.HARDWARE_ERROR, e.getMessage());
            return PrintOutcome.failed(Result.FAILED, e.getMessage());
        }
    }

    /** Forgets a session's receipts; nothing is ever queued here, so there is nothing to cancel. */
    public void endSession(String sessionId) {
        ledger.endSession(sessionId);
    }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        if (level == HealthLevel.INTERNAL || phase() != Phase.ENABLED) return super.checkHealth(level);
        long start = System.nanoTime();
        synchronized (this) {
            try {
                EscPosStatus s = queryStatus();
                publish(s);
                return new HealthReport(kind(), id(), level, !s.blocking(), describe(s), List.of("status " + s.hex()),
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (LinkException | ProtocolException e) {
                updateState(DeviceState.OFFLINE, e.getMessage());
                return new HealthReport(kind(), id(), level, false, "no valid status answer", List.of(e.getMessage()),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /** Waits for the process-ID answer that follows the part just sent, watching paper and cover meanwhile. */
    private EscPosStatus awaitProcessed() throws LinkException, ProtocolException, PrintTimeout {
        int id = processIds.getAndIncrement();
        byte[] expect = EscPos.processId(id);
        link.write(expect);
        String idText = new String(expect, 7, 4, java.nio.charset.StandardCharsets.US_ASCII);
        lateProcessIds.clear();
        long deadline = System.nanoTime() + printTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lateProcessIds.remove(idText)) return queryStatus();
            byte[] b = new byte[1];
            try {
                link.read(b, 0, 1, POLL);
            } catch (LinkException e) {
                if (e.kind() != LinkException.Kind.TIMEOUT) throw e;
                EscPosStatus s = queryStatus();
                if (s.blocking()) return s;
                continue;
            }
            if ((b[0] & 0xFF) == EscPos.PROCESS_ID_HEADER) {
                byte[] rest = headerReply();
                if (rest.length == 6 && rest[1] == expect[7] && rest[2] == expect[8] && rest[3] == expect[9] && rest[4] == expect[10]) {
                    return queryStatus();
                }
            }
            // anything else is a stale or stray byte; keep waiting for our answer
        }
        EscPosStatus s = queryStatus();
        if (s.blocking()) return s;
        throw new PrintTimeout("printer did not finish a receipt part within " + printTimeout.toMillis() + " ms (status " + s.hex() + ")");
    }

    private EscPosStatus queryStatus() throws LinkException, ProtocolException {
        return new EscPosStatus(query(1), query(2), query(3), query(4));
    }

    private int query(int n) throws LinkException, ProtocolException {
        link.write(EscPos.statusQuery(n));
        byte[] b = new byte[1];
        long deadline = System.nanoTime() + statusTimeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new LinkException(LinkException.Kind.TIMEOUT, link.name() + ": no answer to DLE EOT " + n);
            link.read(b, 0, 1, Duration.ofNanos(left));
            int v = b[0] & 0xFF;
            if (v == EscPos.PROCESS_ID_HEADER) {
                // A process-ID answer that arrived while we asked for status: remember it for awaitProcessed.
                byte[] r = headerReply();
                if (r.length == 6) lateProcessIds.add(new String(r, 1, 4, java.nio.charset.StandardCharsets.US_ASCII));
                continue;
            }
            if (!EscPosStatus.wellFormed(v)) {
                link.discardInput();
                throw new ProtocolException(String.format("%s: answer 0x%02X to DLE EOT %d is not an ESC/POS status", link.name(), v, n));
            }
            return v;
        }
    }

    private void publish(EscPosStatus s) {
        DeviceState state;
        Supplies supplies;
        String key;
        SuggestedAction action;
        if (s.paperEnd()) {
            state = DeviceState.USER_ERROR; supplies = Supplies.OUT; key = "print.result.paper_out"; action = SuggestedAction.REFILL;
        } else if (s.coverOpen()) {
            state = DeviceState.USER_ERROR; supplies = s.paperNearEnd() ? Supplies.LOW : Supplies.FULL; key = "print.result.cover_open"; action = SuggestedAction.CLEAR;
        } else if (s.cutterError() || s.unrecoverable()) {
            state = DeviceState.HARDWARE_ERROR; supplies = Supplies.JAMMED; key = "print.result.jammed"; action = SuggestedAction.MAINTENANCE;
        } else if (s.offline() || s.errorOccurred()) {
            state = DeviceState.HARDWARE_ERROR; supplies = Supplies.UNKNOWN; key = "print.result.offline"; action = SuggestedAction.RESET;
        } else if (s.paperNearEnd()) {
            // Near end still prints; the technician is warned through the status listeners.
            state = DeviceState.ONLINE; supplies = Supplies.LOW; key = "device.state.online"; action = SuggestedAction.REFILL;
        } else {
            state = DeviceState.ONLINE; supplies = Supplies.FULL; key = "device.state.online"; action = SuggestedAction.NONE;
        }
        updateStatus(new DeviceStatus(kind(), id(), state, supplies, key, describe(s), action, null));
    }

    private static Result outcomeOf(EscPosStatus s) {
        if (s.paperEnd()) return Result.PAPER_OUT;
        if (s.coverOpen()) return Result.COVER_OPEN;
        if (s.cutterError() || s.unrecoverable()) return Result.JAMMED;
        return Result.OFFLINE;
    }

    private static String describe(EscPosStatus s) {
        StringBuilder b = new StringBuilder("status ").append(s.hex());
        if (s.paperEnd()) b.append(" paper end");
        if (s.paperNearEnd()) b.append(" paper near end");
        if (s.coverOpen()) b.append(" cover open");
        if (s.cutterError()) b.append(" autocutter error");
        if (s.unrecoverable()) b.append(" unrecoverable error");
        if (s.offline()) b.append(" offline");
        return b.toString();
    }

    /** The rest of a reply that started with 0x37: process ID ({@code 22 d1..d4 00}) or buffer clear ({@code 25 00}). */
    private byte[] headerReply() throws LinkException {
        byte[] kind = link.readExactly(1, statusTimeout);
        if (kind[0] == 0x25) {
            link.readExactly(1, statusTimeout);
            return kind;
        }
        byte[] rest = link.readExactly(5, statusTimeout);
        byte[] all = new byte[6];
        all[0] = kind[0];
        System.arraycopy(rest, 0, all, 1, 5);
        return all;
    }

    /** Clears the printer's buffers and waits for its clear response, so nothing of this job can print later. */
    private void clearBuffers() throws LinkException {
        link.discardInput();
        link.write(EscPos.CLEAR_BUFFERS);
        long deadline = System.nanoTime() + printTimeout.toNanos();
        byte[] b = new byte[1];
        while (System.nanoTime() < deadline) {
            try {
                link.read(b, 0, 1, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (LinkException e) {
                if (e.kind() == LinkException.Kind.TIMEOUT) break;
                throw e;
            }
            if ((b[0] & 0xFF) == EscPos.PROCESS_ID_HEADER && headerReply()[0] == 0x25) return;
        }
        log.warn("no clear response from {}; printer may not support DLE DC4 8", link.name());
    }

    private void clearQuietly() {
        try {
            link.write(EscPos.CLEAR_BUFFERS);
        } catch (LinkException ignored) {
            // the link is gone; nothing is queued on our side
        }
    }

    private static final class ProtocolException extends Exception {
        ProtocolException(String m) { super(m); }
    }

    private static final class PrintTimeout extends Exception {
        PrintTimeout(String m) { super(m); }
    }

    /** Leaves the caller's MDC as it was: the session owner may have set the key already. */
    private static void restore(String outerSession) {
        if (outerSession == null) MDC.remove("session");
        else MDC.put("session", outerSession);
    }
}
