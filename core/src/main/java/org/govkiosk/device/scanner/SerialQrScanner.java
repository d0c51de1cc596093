package org.govkiosk.device.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A QR/barcode scanner that types its scans onto a serial line (protocols.md §4). While enabled a reader thread
 * frames the stream with {@link ScanFramer} and hands each scan to the payload listener; rejected bursts
 * (oversize, binary garbage) go to the reject listener instead. An unplugged scanner turns OFFLINE and is
 * reopened with growing back-off, so a replug (even under a new tty name behind a by-id link) needs nobody.
 * Payloads are never logged: a QR code can carry personal data.
 */
public final class SerialQrScanner extends AbstractDevice implements QrScanner {
    /** Opens the link anew; called again after every disconnect. */
    @FunctionalInterface
    public interface Opener {
        ByteLink open() throws LinkException;
    }

    private static final Logger log = LoggerFactory.getLogger(SerialQrScanner.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(250);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private final Opener opener;
    private final ScannerSettings settings;
    private volatile ByteLink link;
    private volatile Consumer<String> payloadListener = p -> {};
    private volatile Consumer<ScanFramer.Rejected> rejectListener = r -> {};
    private volatile Thread reader;
    private volatile boolean running;

    public SerialQrScanner(String id, Opener opener, ScannerSettings settings) {
        super(id, DeviceKind.QR_SCANNER);
        this.opener = opener;
        this.settings = settings;
    }

    @Override
    public void setPayloadListener(Consumer<String> listener) {
        payloadListener = listener == null ? p -> {} : listener;
    }

    /** Bursts that were not a scan; the UI may say {@code device.scanner.garbage}. Runs on the reader thread. */
    public void setRejectListener(Consumer<ScanFramer.Rejected> listener) {
        rejectListener = listener == null ? r -> {} : listener;
    }

    @Override
    protected void doOpen() {
        // A scanner missing at boot is OFFLINE, not fatal: the reader keeps trying once enabled.
        tryConnect();
    }

    @Override
    protected void doEnable() {
        ByteLink l = link;
        if (l != null) {
            try {
                // Whatever was typed while the scanner was disabled belongs to nobody.
                l.discardInput();
            } catch (LinkException e) {
                // the reader finds the broken link on its first read and reconnects
            }
        }
        running = true;
        Thread t = new Thread(this::readLoop, "qr-scanner-" + id());
        t.setDaemon(true);
        reader = t;
        t.start();
    }

    @Override
    protected void doDisable() {
        stopReader();
    }

    @Override
    protected void doClose() {
        stopReader();
        ByteLink l = link;
        link = null;
        if (l != null) l.close();
    }

    private void stopReader() {
        running = false;
        Thread t = reader;
        reader = null;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean tryConnect() {
        try {
            ByteLink l = opener.open();
            l.discardInput();
            link = l;
            updateStatus(DeviceStatus.of(kind(), id(), DeviceState.ONLINE, "listening on " + l.name()));
            return true;
        } catch (LinkException e) {
            updateStatus(new DeviceStatus(kind(), id(), DeviceState.OFFLINE, null, null,
                    "cannot open scanner: " + e.getMessage(), SuggestedAction.CONFIGURATION, null));
            return false;
        }
    }

    private void readLoop() {
        ScanFramer framer = new ScanFramer(settings);
        byte[] buf = new byte[512];
        Duration retry = FIRST_RETRY;
        while (running) {
            ByteLink l = link;
            if (l == null) {
                if (!sleep(retry)) return;
                retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
                if (tryConnect()) {
                    statistics().increment("reconnects");
                    retry = FIRST_RETRY;
                }
                continue;
            }
            try {
                int n = l.read(buf, 0, buf.length, framer.isEmpty() ? IDLE_POLL : settings.interCharTimeout());
                framer.feed(buf, 0, n);
            } catch (LinkException e) {
                if (e.kind() == LinkException.Kind.TIMEOUT) {
                    framer.silence().ifPresent(this::deliver);
                } else if (running) {
                    lost(l, e, framer);
                }
            }
        }
    }

    private void lost(ByteLink l, LinkException e, ScanFramer framer) {
        statistics().increment("linkErrors");
        framer.silence().ifPresent(s -> statistics().increment("partialScansDropped"));
        link = null;
        l.close();
        log.warn("scanner {} lost its link: {}", id(), e.getMessage());
        updateStatus(new DeviceStatus(kind(), id(), DeviceState.OFFLINE, null, null,
                "link lost: " + e.getMessage() + "; reopening with back-off", SuggestedAction.RESET, null));
    }

    private void deliver(ScanFramer.Scan scan) {
        if (scan instanceof ScanFramer.Payload p) {
            statistics().increment("scans");
            if (!p.hadSuffix() && settings.suffix().length > 0) statistics().increment("scansWithoutSuffix");
            log.debug("scanner {} read {} characters", id(), p.text().length());
            try {
                payloadListener.accept(p.text());
            } catch (RuntimeException e) {
                log.warn("scan listener failed: {}", e.toString());
            }
        } else if (scan instanceof ScanFramer.Rejected r) {
            statistics().increment("rejected");
            log.info("scanner {} rejected a burst: {}", id(), r.reason());
            try {
                rejectListener.accept(r);
            } catch (RuntimeException e) {
                log.warn("reject listener failed: {}", e.toString());
            }
        }
    }

    private boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        ByteLink l = link;
        DeviceStatus s = status();
        List<String> details = new ArrayList<>();
        details.add("link " + (l == null ? "none" : l.name() + (l.isOpen() ? " open" : " closed")));
        details.add(s.technicianDetail());
        details.add("counters " + statistics().snapshot());
        boolean ok = s.usable() && l != null && l.isOpen();
        return new HealthReport(kind(), id(), level, ok, s.state() + (ok ? " listening" : ""), details, Duration.ZERO);
    }
}
