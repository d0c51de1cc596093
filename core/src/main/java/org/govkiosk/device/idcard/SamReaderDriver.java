package org.govkiosk.device.idcard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govkiosk.config.IdCardConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.link.WatchedLink;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.DocumentFormatException;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.TextBlockDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SAM ID card reader driver over any {@link ByteLink}: the kiosk gives it a jSSC port, the desktop a
 * pipe to {@link SamReaderEmulator}. Every exchange has a deadline from the config ({@code idcard.timeout.*});
 * a broken answer (checksum, noise, truncation) or a reader complaint about our frame is retried
 * {@code idcard.retries} times, silence is not (it would only double the wait).
 * A dead link makes the device OFFLINE; the next good answer makes it ONLINE again.
 */
public final class SamReaderDriver extends AbstractDevice implements IdCardReader {
    private static final Logger log = LoggerFactory.getLogger(SamReaderDriver.class);

    private final ByteLink link;
    private final SamFrameReader frames;
    private final Clock clock;
    private final Duration commandTimeout;
    private final Duration findTimeout;
    private final Duration selectTimeout;
    private final Duration readTimeout;
    private final int retries;
    private final boolean readFingerprint;
    private final boolean readAppendedAddress;
    private final Object io = new Object();
    private static final int LINK_BACK_PROBES = 5;

    public SamReaderDriver(ByteLink link, IdCardConfig config) {
        this("idcard", link, config, Clock.systemDefaultZone());
    }

    /** @param clock decides "today" for the expiry check */
    public SamReaderDriver(String id, ByteLink link, IdCardConfig config, Clock clock) {
        super(id, DeviceKind.ID_CARD_READER);
        this.link = link;
        this.frames = new SamFrameReader(link);
        this.clock = clock;
        this.commandTimeout = config.commandTimeout();
        this.findTimeout = config.findTimeout();
        this.selectTimeout = config.selectTimeout();
        this.readTimeout = config.readTimeout();
        this.retries = config.retries();
        this.readFingerprint = config.readFingerprint();
        this.readAppendedAddress = config.readAppendedAddress();
    }

    public ByteLink link() { return link; }

    /**
     * The reader on a link that notices unplugging by itself, told of every loss and return: the one way both
     * launchers make the reader (the kiosk on a reconnecting serial port, the desktop on a simulated cable).
     */
    public static SamReaderDriver watching(WatchedLink link, IdCardConfig config) {
        SamReaderDriver driver = new SamReaderDriver(link, config);
        link.addStateListener(up -> driver.linkStateChanged(up, up ? "port " + link.name() + " back"
                : "port " + link.name() + " lost" + (link.lastProblem().isEmpty() ? "" : ": " + link.lastProblem())));
        return driver;
    }

    /** Opening asks the SAM for its status; a silent reader leaves the device OFFLINE, not failed to open. */
    @Override
    protected void doOpen() {
        try {
            SamStatus s = samStatus();
            if (s != SamStatus.SUCCESS) updateState(DeviceState.HARDWARE_ERROR, "SAM status: " + s.technicianText());
        } catch (DeviceException e) {
            log.warn("ID card reader on {} not answering at open: {}", link.name(), e.technicianDetail());
        }
    }

    @Override
    protected void doClose() {
        link.close();
    }

    /**
     * Tells the driver its port vanished or came back, so the status is right even while nobody polls
     * (the kiosk wires {@code ReconnectingLink}'s listener here). A returned port counts as ONLINE only after
     * the next good answer, so the driver asks for one at once: an out-of-service kiosk shows no identify screen
     * and nobody else would poll the reader back to ONLINE.
     */
    public void linkStateChanged(boolean up, String detail) {
        if (!up) {
            updateState(DeviceState.OFFLINE, detail);
            return;
        }
        if (phase() == Phase.CLOSED) return;
        // Not on the caller's thread: it is the link's own (reconnect) thread, and the exchange waits for an answer.
        // A few tries: a reader just replugged (or a loaded machine) may miss the first deadline, and nobody else
        // would ask again while the kiosk shows no identify screen.
        Thread probe = new Thread(() -> {
            for (int attempt = 1; attempt <= LINK_BACK_PROBES; attempt++) {
                if (phase() == Phase.CLOSED || !link.isOpen() || status().state() == DeviceState.ONLINE) return;
                try {
                    SamStatus s = samStatus();
                    if (s == SamStatus.SUCCESS) return;
                    // The frame carries no command: a reader that answered a card command late (just before the
                    // cable came out, or under load) can make its first answer "select card failed". Only a bad
                    // status that persists over every try is a hardware error; one answer left the reader stuck.
                    if (attempt == LINK_BACK_PROBES) {
                        updateState(DeviceState.HARDWARE_ERROR, "SAM status after replug: " + s.technicianText());
                        return;
                    }
                    log.info("ID card reader on {} answered '{}' to its status after the port came back (try {} of {})",
                            link.name(), s.technicianText(), attempt, LINK_BACK_PROBES);
                } catch (DeviceException e) {
                    log.info("ID card reader on {} not answering after its port came back (try {} of {}): {}", link.name(),
                            attempt, LINK_BACK_PROBES, e.technicianDetail());
                }
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "idcard-link-back");
        probe.setDaemon(true);
        probe.start();
    }

    @Override
    public Optional<IdCardData> readOnce() throws DeviceException {
        requireEnabled();
        synchronized (io) {
            SamResponse found = exchange(SamCommand.FIND_CARD, findTimeout);
            if (found.status() == SamStatus.NO_CARD) return Optional.empty();
            expect(found, SamCommand.FIND_CARD, SamStatus.FIND_SUCCESS);
            expect(exchange(SamCommand.SELECT_CARD, selectTimeout), SamCommand.SELECT_CARD, SamStatus.SUCCESS);
            SamCommand readCmd = readFingerprint ? SamCommand.READ_TEXT_PHOTO_FINGERPRINT : SamCommand.READ_TEXT_PHOTO;
            SamResponse read = exchange(readCmd, readTimeout);
            expect(read, readCmd, SamStatus.SUCCESS);
            CardPayload payload;
            IdentityDocument doc;
            try {
                payload = CardPayload.parse(read.data(), readFingerprint);
                doc = TextBlockDecoder.decode(payload.text());
            } catch (SamFrameException | DocumentFormatException e) {
                statistics().increment("unreadableCards");
                throw new DeviceException(DeviceException.Code.PROTOCOL, "idcard.error.unreadable", "read answer not decodable: " + e.getMessage());
            } finally {
                // The decoded document is all that is kept (and wiped with her session); the raw text block goes now.
                java.util.Arrays.fill(read.data(), (byte) 0);
            }
            Optional<String> address = readAppendedAddress ? appendedAddress() : Optional.empty();
            Set<DocumentChecks.Problem> problems = DocumentChecks.problems(doc, LocalDate.now(clock));
            if (!problems.isEmpty()) {
                DocumentChecks.Problem first = problems.iterator().next();
                statistics().increment("rejected." + first.name());
                log.info("card rejected: {} {} {}", doc.type(), doc.maskedNumber(), problems);
                throw new CardRejectedException(first, doc.type(), doc.type() + " " + doc.maskedNumber() + " rejected: " + problems);
            }
            statistics().increment("reads");
            log.info("card read: {} {}", doc.type(), doc.maskedNumber());
            return Optional.of(new IdCardData(doc, payload.photo(), payload.fingerprint(), address));
        }
    }

    /**
     * A card is present when find succeeds, or when select still reaches the card just read: readers halt
     * a card after reading it, so find stays silent about it until it leaves the field and comes back.
     */
    @Override
    public boolean cardPresent() throws DeviceException {
        requireEnabled();
        synchronized (io) {
            SamResponse found = exchange(SamCommand.FIND_CARD, findTimeout);
            if (found.status() == SamStatus.FIND_SUCCESS) return true;
            if (found.status() != SamStatus.NO_CARD) throw found.status().toException(SamCommand.FIND_CARD, found.sw1(), found.sw2(), found.sw3());
            return exchange(SamCommand.SELECT_CARD, selectTimeout).status() == SamStatus.SUCCESS;
        }
    }

    /** The SAM's self-reported status (11 FF). Works in any open phase: it is the technician's probe. */
    public SamStatus samStatus() throws DeviceException {
        synchronized (io) {
            return exchange(SamCommand.SAM_STATUS, commandTimeout).status();
        }
    }

    /** The SAM module's id (12 FF) in the usual printed form {@code 05.01-20101010-0012345678-1234567890}. */
    public String samId() throws DeviceException {
        synchronized (io) {
            SamResponse r = exchange(SamCommand.READ_SAM_ID, commandTimeout);
            expect(r, SamCommand.READ_SAM_ID, SamStatus.SUCCESS);
            return formatSamId(r.data());
        }
    }

    /** Resets the SAM (10 FF), e.g. from the technician screen after a self-test failure. */
    public void resetSam() throws DeviceException {
        synchronized (io) {
            expect(exchange(SamCommand.RESET_SAM, commandTimeout), SamCommand.RESET_SAM, SamStatus.SUCCESS);
        }
    }

    static String formatSamId(byte[] d) throws DeviceException {
        if (d.length < 16) {
            throw new DeviceException(DeviceException.Code.PROTOCOL, "idcard.error.reader", "SAM id answer has " + d.length + " bytes, expected 16");
        }
        return String.format("%02d.%02d-%08d-%010d-%010d", le(d, 0, 2), le(d, 2, 2), le(d, 4, 4), le(d, 8, 4), le(d, 12, 4));
    }

    private static long le(byte[] d, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (d[at + i] & 0xFF);
        return v;
    }

    private Optional<String> appendedAddress() throws DeviceException {
        SamResponse r = exchange(SamCommand.READ_APPENDED_ADDRESS, readTimeout);
        if (r.status() == SamStatus.NO_CONTENT) return Optional.empty();
        if (r.status() != SamStatus.SUCCESS) {
            // The main read succeeded: a missing appended address is not worth refusing the citizen.
            log.warn("appended address not read: {}", r.status().technicianText());
            return Optional.empty();
        }
        String s = new String(r.data(), 0, r.data().length & ~1, StandardCharsets.UTF_16LE).replaceAll("[\\s\\u0000]+$", "").trim();
        java.util.Arrays.fill(r.data(), (byte) 0);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        if (level == HealthLevel.INTERNAL || phase() == Phase.CLOSED) return super.checkHealth(level);
        long t0 = System.nanoTime();
        List<String> details = new ArrayList<>();
        details.add("link " + link.name() + (link.isOpen() ? " open" : " not open"));
        boolean ok;
        try {
            SamStatus s = samStatus();
            details.add("SAM status: " + s.technicianText());
            details.add("SAM id: " + samId());
            ok = s == SamStatus.SUCCESS;
        } catch (DeviceException e) {
            details.add(e.code() + ": " + e.technicianDetail());
            ok = false;
        }
        details.add("counters: " + statistics().snapshot());
        return new HealthReport(kind(), id(), level, ok, ok ? "SAM answering" : "SAM not healthy", details,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private void expect(SamResponse r, SamCommand cmd, SamStatus wanted) throws DeviceException {
        if (r.status() == wanted) return;
        SamStatus s = r.status();
        statistics().increment("status." + s.name());
        if (s.isReaderFault()) updateState(DeviceState.HARDWARE_ERROR, cmd + ": " + s.technicianText());
        throw s.toException(cmd, r.sw1(), r.sw2(), r.sw3());
    }

    /** One command and its answer, with retries for damaged exchanges. Caller holds {@link #io}. */
    private SamResponse exchange(SamCommand cmd, Duration timeout) throws DeviceException {
        String lastProblem = "";
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                frames.clear();
                link.discardInput();
                link.write(cmd.frame());
                byte[] frame = frames.read(timeout);
                SamResponse r;
                try {
                    r = SamFrames.decodeResponse(frame);
                } finally {
                    java.util.Arrays.fill(frame, (byte) 0);
                }
                SamStatus s = r.status();
                if ((s == SamStatus.HOST_CHECKSUM_ERROR || s == SamStatus.HOST_LENGTH_ERROR) && attempt < retries) {
                    statistics().increment("hostFrameRejected");
                    lastProblem = s.technicianText();
                    continue;
                }
                if (!s.isReaderFault()) markAnswering();
                return r;
            } catch (SamFrameException e) {
                statistics().increment("protocolErrors");
                lastProblem = e.getMessage();
                log.debug("{} on {}: {} (attempt {})", cmd, link.name(), e.getMessage(), attempt + 1);
            } catch (LinkException e) {
                if (e.kind() == LinkException.Kind.TIMEOUT) {
                    statistics().increment("timeouts");
                    updateState(DeviceState.OFFLINE, cmd + ": " + e.getMessage());
                    throw new DeviceException(DeviceException.Code.TIMEOUT, "idcard.error.noAnswer",
                            cmd + " got no answer within " + timeout.toMillis() + " ms on " + link.name(), e);
                }
                statistics().increment("linkErrors");
                updateState(DeviceState.OFFLINE, e.getMessage());
                throw new DeviceException(DeviceException.Code.OFFLINE, "idcard.error.offline", cmd + ": " + e.getMessage(), e);
            }
        }
        markAnswering();
        throw new DeviceException(DeviceException.Code.PROTOCOL, "idcard.error.readFailed",
                cmd + " failed after " + (retries + 1) + " attempts: " + lastProblem);
    }

    private void markAnswering() {
        DeviceState s = status().state();
        if (s == DeviceState.OFFLINE || s == DeviceState.HARDWARE_ERROR) {
            updateState(DeviceState.ONLINE, "answering on " + link.name());
        }
    }
}
