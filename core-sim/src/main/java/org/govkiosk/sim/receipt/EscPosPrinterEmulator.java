package org.govkiosk.sim.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.receipt.EscPos;
import org.govkiosk.device.receipt.EscPosEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An 80 mm ESC/POS printer on the device end of a byte link: it interprets the commands we send, keeps paper,
 * cover and cutter state with fault injection, answers {@code DLE EOT} in real time and {@code GS ( H} after the
 * preceding data, and renders each cut receipt to a PNG. Like real printers, it holds data received while the
 * paper is out or the cover open and prints it after a refill unless {@code DLE DC4 8} cleared it first: that is
 * the field bug our driver must not trigger. The desktop launcher's simulated receipt printer is this class.
 */
public final class EscPosPrinterEmulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EscPosPrinterEmulator.class);
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Lines of paper a QR code uses, for the paper-length model. */
    static final int QR_LINES = 8;

    private final ByteLink link;
    private final ReceiptRenderer renderer;
    private final List<PrintedReceipt> receipts = new CopyOnWriteArrayList<>();
    private final List<byte[]> held = new ArrayList<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<ReceiptRenderer.Element> current = new ArrayList<>();
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private volatile boolean running;
    private Thread thread;

    // printer state, guarded by this
    private long paperLinesLeft = Long.MAX_VALUE;
    private boolean paperNearEnd;
    private boolean coverOpen;
    private boolean cutterError;
    private boolean mute;
    private int garbageReplies;
    private boolean chinese;
    private int align;
    private boolean bold;
    private int widthMul = 1;
    private int heightMul = 1;
    private int qrModule = 3;
    private int qrEc = 1;
    private byte[] qrData = new byte[0];
    private int unknownCommands;

    /** One cut (or torn-off) receipt. {@code complete} is false for a stub left when the paper ran out. */
    public record PrintedReceipt(int number, List<String> lines, List<String> qrCodes, boolean complete, Path png) {
        public String text() { return String.join("\n", lines); }
    }

    public EscPosPrinterEmulator(ByteLink deviceEnd, Path pngOutDir) {
        this.link = deviceEnd;
        this.renderer = new ReceiptRenderer(pngOutDir);
    }

    public synchronized EscPosPrinterEmulator start() {
        if (running) return this;
        running = true;
        thread = new Thread(this::loop, "escpos-emulator");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    // ---- fault injection -------------------------------------------------------------------

    /** The paper ends after this many more printed lines (feeds and QR codes count). */
    public synchronized void runOutOfPaperAfterLines(long lines) { paperLinesLeft = Math.max(0, lines); }

    public synchronized void paperOut() { paperLinesLeft = 0; }

    public synchronized void setPaperNearEnd(boolean nearEnd) { paperNearEnd = nearEnd; }

    /** A new roll: printing resumes, including whatever is still held (as a real printer does). */
    public synchronized void refill() {
        paperLinesLeft = Long.MAX_VALUE;
        paperNearEnd = false;
        drainHeld();
    }

    public synchronized void openCover() { coverOpen = true; }

    public synchronized void closeCover() {
        coverOpen = false;
        drainHeld();
    }

    public synchronized void setCutterError(boolean error) { cutterError = error; }

    /** Stops answering anything, like a powered-down printer on a live cable. */
    public synchronized void setMute(boolean m) { mute = m; }

    /** The next {@code n} status replies are 0xFF: line noise. */
    public synchronized void garbleStatusReplies(int n) { garbageReplies = n; }

    // ---- observation -------------------------------------------------------------------------

    public List<PrintedReceipt> receipts() { return List.copyOf(receipts); }

    public synchronized int heldCommands() { return held.size(); }

    public synchronized int unknownCommands() { return unknownCommands; }

    public synchronized boolean paperIsOut() { return paperLinesLeft <= 0; }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- the wire ------------------------------------------------------------------------------

    private void loop() {
        // On this thread, before the first byte is read: the AWT font load took ~0.2 s of the kiosk's cold start.
        renderer.preload();
        byte[] buf = new byte[4096];
        while (running) {
            int n;
            try {
                n = link.read(buf, 0, buf.length, Duration.ofMillis(200));
            } catch (LinkException e) {
                if (e.kind() == LinkException.Kind.TIMEOUT) continue;
                if (!running || e.kind() == LinkException.Kind.CLOSED) break;
                sleepQuietly();
                continue;
            }
            synchronized (this) {
                pending.write(buf, 0, n);
                byte[] p = pending.toByteArray();
                int i = 0;
                while (i < p.length) {
                    int used = command(p, i, p.length);
                    if (used == 0) break;
                    i += used;
                }
                pending.reset();
                pending.write(p, i, p.length - i);
            }
        }
    }

    /** Length of the complete command at {@code i}, handled; 0 when more bytes are needed. */
    private int command(byte[] p, int i, int end) {
        int avail = end - i;
        int b = p[i] & 0xFF;
        switch (b) {
            case 0x10: { // DLE: real-time, never held
                if (avail < 3) return 0;
                int c = p[i + 1];
                if (c == EscPos.EOT) {
                    status(p[i + 2]);
                    return 3;
                }
                if (c == EscPos.DC4) {
                    if (p[i + 2] == 8) {
                        if (avail < 10) return 0;
                        clearBuffers();
                        return 10;
                    }
                    if (avail < 5) return 0;
                    return 5;
                }
                unknownCommands++;
                return 1;
            }
            case 0x1B: {
                if (avail < 2) return 0;
                int c = p[i + 1];
                int len = switch (c) {
                    case '@', '2' -> 2;
                    case 'a', 'E', 'd', 'J', '!', '-', 'M', '3', 't', 'R', 'G', 'V', '{' -> 3;
                    default -> -1;
                };
                if (len < 0) {
                    unknownCommands++;
                    return 2;
                }
                if (avail < len) return 0;
                return queue(Arrays.copyOfRange(p, i, i + len));
            }
            case 0x1D: {
                if (avail < 3) return 0;
                int c = p[i + 1];
                int len;
                if (c == '(') {
                    if (avail < 5) return 0;
                    len = 5 + ((p[i + 3] & 0xFF) | ((p[i + 4] & 0xFF) << 8));
                } else if (c == 'V') {
                    int m = p[i + 2] & 0xFF;
                    len = m == 65 || m == 66 || m == 97 || m == 98 ? 4 : 3;
                } else if (c == '!' || c == 'a' || c == 'r' || c == 'B' || c == 'L' || c == 'W' || c == 'h' || c == 'w' || c == 'H') {
                    len = c == 'L' || c == 'W' ? 4 : 3;
                } else {
                    unknownCommands++;
                    return 2;
                }
                if (avail < len) return 0;
                return queue(Arrays.copyOfRange(p, i, i + len));
            }
            case 0x1C: {
                if (avail < 2) return 0;
                return queue(Arrays.copyOfRange(p, i, i + 2));
            }
            case 0x0A:
                return queue(new byte[] {EscPos.LF});
            default: {
                if (b < 0x20) return 1; // CR, HT and other controls: ignored by this model
                int j = i;
                while (j < end && (p[j] & 0xFF) >= 0x20) j++;
                return queue(Arrays.copyOfRange(p, i, j));
            }
        }
    }

    /** Runs a command now, or holds it while the printer cannot print. */
    private int queue(byte[] cmd) {
        if (blocked() || !held.isEmpty()) held.add(cmd);
        else execute(cmd);
        return cmd.length;
    }

    private boolean blocked() { return paperLinesLeft <= 0 || coverOpen; }

    private void drainHeld() {
        while (!held.isEmpty() && !blocked()) execute(held.remove(0));
    }

    private void execute(byte[] c) {
        int b0 = c[0] & 0xFF;
        if (b0 == 0x1B) {
            int v = c.length > 2 ? c[2] & 0xFF : 0;
            switch (c[1]) {
                case '@' -> { align = 0; bold = false; widthMul = heightMul = 1; chinese = false; }
                case 'a' -> align = Math.min(2, v % 48);
                case 'E' -> bold = (v & 1) == 1;
                case 'd' -> feed(v);
                default -> { }
            }
        } else if (b0 == 0x1D) {
            switch (c[1]) {
                case '!' -> { widthMul = ((c[2] >> 4) & 7) + 1; heightMul = (c[2] & 7) + 1; }
                case 'V' -> cut();
                case '(' -> extended(c);
                default -> { }
            }
        } else if (b0 == 0x1C) {
            if (c[1] == '&') chinese = true;
            else if (c[1] == '.') chinese = false;
        } else if (b0 == 0x0A) {
            printLine();
        } else {
            lineBytes.write(c, 0, c.length);
        }
    }

    private void extended(byte[] c) {
        int fnClass = c[2];
        if (fnClass == 'k' && c.length >= 8 && (c[5] & 0xFF) == 0x31) {
            int fn = c[6] & 0xFF;
            switch (fn) {
                case 67 -> qrModule = Math.max(1, Math.min(16, c[7]));
                case 69 -> qrEc = Math.max(0, Math.min(3, c[7] - 48));
                case 80 -> qrData = Arrays.copyOfRange(c, 8, c.length);
                case 81 -> printQr();
                default -> { }
            }
        } else if (fnClass == 'H' && c.length == 11 && c[5] == 48) {
            reply(new byte[] {0x37, 0x22, c[7], c[8], c[9], c[10], 0});
        }
    }

    private void printLine() {
        if (!consumeLines(1)) return;
        Charset cs = chinese ? GB18030 : StandardCharsets.ISO_8859_1;
        current.add(new ReceiptRenderer.Text(new String(lineBytes.toByteArray(), cs), align, bold, widthMul, heightMul));
        lineBytes.reset();
    }

    private void feed(int n) {
        for (int k = 0; k < n; k++) {
            if (!consumeLines(1)) return;
            current.add(new ReceiptRenderer.Text("", 0, false, 1, 1));
        }
    }

    private void printQr() {
        if (!consumeLines(QR_LINES)) return;
        current.add(new ReceiptRenderer.Qr(new String(qrData, StandardCharsets.UTF_8), qrModule, qrEc, align));
    }

    /** Takes paper for {@code n} lines; false when the paper ended first (the rest of the line is lost). */
    private boolean consumeLines(int n) {
        if (paperLinesLeft <= 0) return false;
        paperLinesLeft = paperLinesLeft == Long.MAX_VALUE ? paperLinesLeft : Math.max(0, paperLinesLeft - n);
        return true;
    }

    private void cut() {
        if (cutterError) return;
        emit(true);
    }

    private void emit(boolean complete) {
        if (current.isEmpty() && lineBytes.size() == 0) return;
        int number = receipts.size() + 1;
        PrintedReceipt r = renderer.render(number, List.copyOf(current), complete);
        receipts.add(r);
        log.info("emulated receipt #{} {} ({} lines)", number, complete ? "cut" : "torn off incomplete", r.lines().size());
        current.clear();
        lineBytes.reset();
    }

    private void clearBuffers() {
        held.clear();
        emit(false);
        reply(new byte[] {0x37, 0x25, 0});
    }

    private void status(int n) {
        if (mute) return;
        if (garbageReplies > 0) {
            garbageReplies--;
            reply(new byte[] {(byte) 0xFF});
            return;
        }
        boolean paperEnd = paperLinesLeft <= 0;
        int v = 0x12;
        switch (n) {
            case 1 -> v |= (paperEnd || coverOpen) ? 0x08 : 0;
            case 2 -> v |= (coverOpen ? 0x04 : 0) | (paperEnd ? 0x20 : 0) | (cutterError ? 0x40 : 0);
            case 3 -> v |= cutterError ? 0x08 : 0;
            case 4 -> v |= (paperNearEnd || paperEnd ? 0x0C : 0) | (paperEnd ? 0x60 : 0);
            default -> { return; }
        }
        reply(new byte[] {(byte) v});
    }

    private void reply(byte[] bytes) {
        if (mute) return;
        try {
            link.write(bytes);
        } catch (LinkException e) {
            log.debug("emulator reply lost: {}", e.getMessage());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
