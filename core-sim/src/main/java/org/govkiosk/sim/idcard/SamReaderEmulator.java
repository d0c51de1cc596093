package org.govkiosk.sim.idcard;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.govkiosk.device.idcard.SamCommand;
import org.govkiosk.device.idcard.SamFrameException;
import org.govkiosk.device.idcard.SamFrameReader;
import org.govkiosk.device.idcard.SamFrames;
import org.govkiosk.device.idcard.SamResponse;
import org.govkiosk.device.idcard.SamStatus;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SAM reader that speaks the real protocol on the device end of a byte link: a {@link org.govkiosk.sim.link.PipeLink}
 * in the desktop launcher, a pty in tests. It behaves like the hardware where that matters to a driver: a card
 * is halted after a read (find no longer sees it, select still does) until it leaves the field; host frames
 * with a bad checksum or length get SW3 10/11; unknown commands 21. Faults are injected one-shot and
 * optionally aimed at one command.
 */
public final class SamReaderEmulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SamReaderEmulator.class);
    private static final Duration POLL = Duration.ofMillis(100);

    public enum FaultKind {
        /** No answer at all. */
        SILENCE,
        /** The answer with its checksum byte flipped. */
        BAD_CHECKSUM,
        /** The first half of the answer, then nothing. */
        TRUNCATED,
        /** Random bytes without a preamble instead of the answer. */
        GARBAGE,
        /** The card leaves during a read: the SAM answers 41 and the field is empty afterwards. */
        CARD_REMOVED_MID_READ,
        /** Answer with a given SW3 (any error code of GA/T 467). */
        STATUS,
        /** The emulator closes its end of the link and stops. */
        DISCONNECT
    }

    /** A one-shot fault, for the next command or the next command of one kind. */
    public record Fault(FaultKind kind, int sw3, SamCommand on) {
        public static Fault silence() { return new Fault(FaultKind.SILENCE, 0, null); }
        public static Fault badChecksum() { return new Fault(FaultKind.BAD_CHECKSUM, 0, null); }
        public static Fault truncated() { return new Fault(FaultKind.TRUNCATED, 0, null); }
        public static Fault garbage() { return new Fault(FaultKind.GARBAGE, 0, null); }
        public static Fault cardRemovedMidRead() { return new Fault(FaultKind.CARD_REMOVED_MID_READ, 0, SamCommand.READ_TEXT_PHOTO); }
        public static Fault status(SamStatus s) { return new Fault(FaultKind.STATUS, s.sw3(), null); }
        public static Fault status(int sw3) { return new Fault(FaultKind.STATUS, sw3 & 0xFF, null); }
        public static Fault disconnect() { return new Fault(FaultKind.DISCONNECT, 0, null); }

        /** The same fault, aimed at the next command of this kind only. */
        public Fault on(SamCommand command) { return new Fault(kind, sw3, command); }

        boolean matches(SamCommand c) {
            if (on == null) return true;
            if (on == c) return true;
            // A read fault applies whichever read variant the driver is configured for.
            return on == SamCommand.READ_TEXT_PHOTO && c == SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
        }
    }

    private final ByteLink link;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Random random = new Random(7);
    private final AtomicLong commands = new AtomicLong();
    private volatile boolean running;
    private volatile Duration samDelay = Duration.ZERO;
    private volatile int wireBaud;
    private volatile SamStatus samStatus = SamStatus.SUCCESS;
    private volatile byte[] samId = defaultSamId();
    private Thread thread;

    // Card state, guarded by this.
    private EmulatedCard card;
    private boolean found;
    private boolean selected;
    private boolean halted;

    public SamReaderEmulator(ByteLink deviceEnd) {
        this.link = deviceEnd;
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = new Thread(this::serve, "sam-emulator " + link.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        link.close();
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() { return running; }

    /** Puts a card on the reader (replacing any card there). */
    public synchronized void placeCard(EmulatedCard c) {
        card = c;
        found = false;
        selected = false;
        halted = false;
    }

    public synchronized void removeCard() {
        placeCard(null);
    }

    public synchronized boolean hasCard() { return card != null; }

    public synchronized void inject(Fault fault) {
        faults.add(fault);
    }

    public synchronized int pendingFaults() { return faults.size(); }

    /** How long the SAM "works" before answering each command (the radio exchange of real readers). */
    public void setSamDelay(Duration delay) { samDelay = delay == null ? Duration.ZERO : delay; }

    /** Paces answers as a real line of this baud rate would (10 bits a byte); 0 sends at once. */
    public void setWireBaud(int baud) { wireBaud = Math.max(0, baud); }

    /** What 11 FF answers from now on, e.g. {@link SamStatus#SAM_SELF_TEST_FAILED}. */
    public void setSamStatus(SamStatus status) { samStatus = status; }

    public void setSamId(byte[] id16) { samId = Arrays.copyOf(id16, 16); }

    /** Commands answered or dropped so far, for tests that wait for the driver to act. */
    public long commandCount() { return commands.get(); }

    private void serve() {
        SamFrameReader reader = new SamFrameReader(link);
        while (running) {
            byte[] frame;
            try {
                frame = reader.read(POLL);
            } catch (LinkException e) {
                if (e.kind() == LinkException.Kind.TIMEOUT) continue;
                if (e.kind() == LinkException.Kind.CLOSED || !running) break;
                pause(POLL); // unplugged: wait for the cable to come back
                continue;
            } catch (SamFrameException e) {
                answerBadHostFrame(e);
                continue;
            }
            try {
                handle(frame);
            } catch (LinkException e) {
                log.debug("emulator could not answer: {}", e.getMessage());
            }
        }
        running = false;
    }

    private void answerBadHostFrame(SamFrameException e) {
        commands.incrementAndGet();
        SamStatus s = switch (e.reason()) {
            case BAD_CHECKSUM -> SamStatus.HOST_CHECKSUM_ERROR;
            case BAD_LENGTH -> SamStatus.HOST_LENGTH_ERROR;
            default -> null; // noise or a partial frame: a real SAM says nothing
        };
        if (s == null) return;
        try {
            send(SamResponse.of(s).toFrame());
        } catch (LinkException ignored) {
            // the host will time out, as with real hardware
        }
    }

    private void handle(byte[] frame) throws LinkException {
        byte[] body;
        try {
            body = SamFrames.decode(frame);
        } catch (SamFrameException e) {
            answerBadHostFrame(e);
            return;
        }
        commands.incrementAndGet();
        SamCommand cmd = body.length >= 2 ? SamCommand.of(body[0], body[1]) : null;
        Fault fault = cmd == null ? null : takeFault(cmd);
        if (!samDelay.isZero()) pause(samDelay);
        if (!running) return;
        if (fault != null) {
            applyFault(fault, cmd);
            return;
        }
        send(answer(cmd).toFrame());
    }

    private synchronized Fault takeFault(SamCommand cmd) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault f = it.next();
            if (f.matches(cmd)) {
                it.remove();
                return f;
            }
        }
        return null;
    }

    private void applyFault(Fault fault, SamCommand cmd) throws LinkException {
        log.debug("emulator fault {} on {}", fault.kind(), cmd);
        switch (fault.kind()) {
            case SILENCE -> { }
            case BAD_CHECKSUM -> {
                byte[] f = answer(cmd).toFrame();
                f[f.length - 1] ^= (byte) 0xFF;
                send(f);
            }
            case TRUNCATED -> {
                byte[] f = answer(cmd).toFrame();
                send(Arrays.copyOf(f, f.length / 2));
            }
            case GARBAGE -> {
                byte[] g = new byte[24 + random.nextInt(40)];
                for (int i = 0; i < g.length; i++) g[i] = (byte) random.nextInt(0xA0); // never 0xAA: no preamble
                send(g);
            }
            case CARD_REMOVED_MID_READ -> {
                synchronized (this) {
                    placeCard(null);
                }
                send(SamResponse.of(SamStatus.CARD_READ_FAILED).toFrame());
            }
            case STATUS -> send(new SamResponse(0, 0, fault.sw3(), new byte[0]).toFrame());
            case DISCONNECT -> {
                running = false;
                link.close();
            }
        }
    }

    private synchronized SamResponse answer(SamCommand cmd) {
        if (cmd == null) return SamResponse.of(SamStatus.COMMAND_ERROR);
        return switch (cmd) {
            case RESET_SAM, SET_MAX_RF_FRAME -> SamResponse.of(SamStatus.SUCCESS);
            case SAM_STATUS -> SamResponse.of(samStatus);
            case READ_SAM_ID -> SamResponse.of(SamStatus.SUCCESS, samId.clone());
            case FIND_CARD -> {
                if (card == null || halted) yield SamResponse.of(SamStatus.NO_CARD);
                found = true;
                yield SamResponse.of(SamStatus.FIND_SUCCESS, new byte[4]);
            }
            case SELECT_CARD -> {
                if (card == null || !(found || halted)) yield SamResponse.of(SamStatus.SELECT_FAILED);
                selected = true;
                yield SamResponse.of(SamStatus.SUCCESS, new byte[8]);
            }
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> {
                if (card == null || !selected) yield SamResponse.of(SamStatus.CARD_READ_FAILED);
                halted = true;
                boolean fp = cmd == SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
                yield SamResponse.of(SamStatus.SUCCESS, card.payload().toData(fp));
            }
            case READ_APPENDED_ADDRESS -> {
                if (card == null || !selected) yield SamResponse.of(SamStatus.CARD_READ_FAILED);
                yield card.appendedAddressBlock().map(b -> SamResponse.of(SamStatus.SUCCESS, b))
                        .orElseGet(() -> SamResponse.of(SamStatus.NO_CONTENT));
            }
        };
    }

    private void send(byte[] frame) throws LinkException {
        int baud = wireBaud;
        if (baud <= 0) {
            link.write(frame);
            return;
        }
        // Chunks with the line's own pace, so timings through a pty resemble a real UART.
        long nanosPerByte = 10L * 1_000_000_000L / baud;
        long start = System.nanoTime();
        int chunk = 64;
        for (int at = 0; at < frame.length; at += chunk) {
            int n = Math.min(chunk, frame.length - at);
            link.write(Arrays.copyOfRange(frame, at, at + n));
            long due = start + (at + n) * nanosPerByte;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static byte[] defaultSamId() {
        byte[] id = new byte[16];
        int[] parts = {5, 1};
        id[0] = (byte) parts[0];
        id[2] = (byte) parts[1];
        putLe(id, 4, 20101010);
        putLe(id, 8, 12345678);
        putLe(id, 12, 1234567890);
        return id;
    }

    private static void putLe(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }
}
