package org.govkiosk.device.printer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import org.govkiosk.config.PrinterConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.printer.PrintOutcome.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The A4 printer through CUPS. Checks the queue before sending (stopped, not accepting, paper out, jammed, offline
 * all refuse the job), submits with {@code javax.print}, then follows the job by IPP until CUPS says completed,
 * cancelled or aborted. A job that has not started within {@code printer.jobStartTimeout}, or that stops on a
 * printer fault, is cancelled: it must never come out later for the next citizen. Nothing is retried on its own.
 */
public final class CupsDocumentPrinter extends AbstractDevice implements DocumentPrinter {
    private static final Logger log = LoggerFactory.getLogger(CupsDocumentPrinter.class);

    // IPP printer-state and job-state enums (RFC 8011 5.4.11, 5.3.7)
    private static final int PRINTER_STOPPED = 5;
    private static final int JOB_PENDING = 3;
    private static final int JOB_HELD = 4;
    private static final int JOB_PROCESSING = 5;
    private static final int JOB_STOPPED = 6;
    private static final int JOB_CANCELED = 7;
    private static final int JOB_ABORTED = 8;
    private static final int JOB_COMPLETED = 9;
    private static final Set<Integer> NOT_STARTED = Set.of(JOB_PENDING, JOB_HELD, JOB_STOPPED);

    private final String queue;
    private final IppClient ipp;
    private final Duration startTimeout;
    private final Duration jobTimeout;
    private final Duration poll;
    private final PrintLedger ledger = new PrintLedger();

    public CupsDocumentPrinter(PrinterConfig config) {
        super("cups:" + config.queue(), DeviceKind.DOCUMENT_PRINTER);
        this.queue = config.queue();
        this.ipp = new IppClient(config.cupsServer());
        this.startTimeout = config.jobStartTimeout();
        this.jobTimeout = config.jobTimeout();
        this.poll = config.pollInterval();
    }

    @Override
    protected void doOpen() throws DeviceException {
        try {
            IppClient.Response r = ipp.printerAttributes(queue);
            if (!r.ok()) throw new DeviceException(DeviceException.Code.NO_HARDWARE, "device.state.no_device",
                    String.format("CUPS has no queue %s (IPP status 0x%04X)", queue, r.status()));
        } catch (IOException e) {
            updateState(DeviceState.OFFLINE, "CUPS unreachable: " + e.getMessage());
            throw new DeviceException(DeviceException.Code.OFFLINE, "device.state.offline", "CUPS unreachable: " + e.getMessage(), e);
        }
        if (service().isEmpty()) {
            throw new DeviceException(DeviceException.Code.NO_HARDWARE, "device.state.no_device", "javax.print does not see queue " + queue);
        }
    }

    @Override
    protected void doEnable() {
        printerCheck();
    }

    @Override
    public PrintOutcome printPdf(byte[] pdf, String title, String sessionId) throws DeviceException {
        requireEnabled();
        String digest = ledger.claim(sessionId, pdf);
        String outer = MDC.get("session");
        MDC.put("session", sessionId);
        try {
            PrintOutcome o = print(pdf, title, sessionId);
            if (!o.printed() && o.result() != Result.FAILED) ledger.release(sessionId, digest);
            return o;
        } finally {
            restore(outer);
        }
    }

    private synchronized PrintOutcome print(byte[] pdf, String title, String sessionId) {
        Optional<PrintOutcome> refusal = printerCheck();
        if (refusal.isPresent()) return refusal.get();
        PrintService svc = service().orElse(null);
        if (svc == null) return PrintOutcome.failed(Result.OFFLINE, "javax.print does not see queue " + queue);
        // A unique job name lets us find our job in CUPS: javax.print does not return the job id.
        String token = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        String jobName = token + "-" + sanitize(title);
        try {
            submit(svc, pdf, jobName);
        } catch (PrintException e) {
            statistics().increment("jobsFailed");
            return PrintOutcome.failed(Result.FAILED, "submitting to " + queue + " failed: " + e.getMessage());
        }
        int jobId;
        try {
            jobId = findJob(token);
        } catch (IOException e) {
            return PrintOutcome.failed(Result.FAILED, "job submitted but not found in CUPS: " + e.getMessage());
        }
        ledger.job(sessionId, jobId);
        log.info("job {}-{} submitted ({} bytes)", queue, jobId, pdf.length);
        return follow(jobId, sessionId);
    }

    private void submit(PrintService svc, byte[] pdf, String jobName) throws PrintException {
        DocFlavor flavor = svc.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF) ? DocFlavor.INPUT_STREAM.PDF : DocFlavor.INPUT_STREAM.AUTOSENSE;
        PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
        attrs.add(new JobName(jobName, null));
        attrs.add(new Copies(1));
        DocPrintJob job = svc.createPrintJob();
        job.print(new SimpleDoc(new ByteArrayInputStream(pdf), flavor, null), attrs);
    }

    /** CUPS may decorate the job name (lpr adds notes), so we look for our token inside it. */
    private int findJob(String token) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            IppClient.Response r = ipp.jobs(queue, "all");
            for (IppClient.Group g : r.groups(0x02)) {
                if (g.text("job-name").contains(token)) return g.integer("job-id", -1);
            }
            sleep(poll);
        }
        throw new IOException("no job named " + token + "* in " + queue);
    }

    private PrintOutcome follow(int jobId, String sessionId) {
        long start = System.nanoTime();
        while (true) {
            IppClient.Group job;
            try {
                job = ipp.jobAttributes(queue, jobId).groups(0x02).stream().findFirst()
                        .orElseThrow(() -> new IOException("job " + jobId + " vanished"));
            } catch (IOException e) {
                updateState(DeviceState.OFFLINE, "CUPS unreachable while following job " + jobId);
                return PrintOutcome.failed(Result.OFFLINE, "lost CUPS while following job " + jobId + ": " + e.getMessage());
            }
            int state = job.integer("job-state", 0);
            String detail = queue + "-" + jobId + " " + job.texts("job-state-reasons");
            switch (state) {
                case JOB_COMPLETED -> {
                    statistics().increment("pages");
                    statistics().increment("jobsPrinted");
                    printerCheck();
                    return PrintOutcome.printed("job " + detail, "");
                }
                case JOB_CANCELED -> {
                    return PrintOutcome.failed(Result.CANCELLED, "job " + detail);
                }
                case JOB_ABORTED -> {
                    statistics().increment("jobsFailed");
                    return PrintOutcome.failed(Result.FAILED, "job aborted by CUPS: " + detail);
                }
                default -> { }
            }
            long waited = System.nanoTime() - start;
            if (ledger.ended(sessionId)) {
                cancelQuietly(jobId);
                return PrintOutcome.failed(Result.CANCELLED, "session ended; job " + detail + " cancelled");
            }
            Optional<PrintOutcome> fault = printerCheck();
            if ((fault.isPresent() && state != JOB_PROCESSING) || state == JOB_STOPPED) {
                cancelQuietly(jobId);
                PrintOutcome f = fault.orElse(PrintOutcome.failed(Result.OFFLINE, "job stopped"));
                return PrintOutcome.failed(f.result(), f.detail() + "; job " + detail + " cancelled so it cannot print later");
            }
            if ((NOT_STARTED.contains(state) && waited > startTimeout.toNanos()) || waited > jobTimeout.toNanos()) {
                cancelQuietly(jobId);
                return PrintOutcome.failed(Result.OFFLINE, "job " + detail + " did not finish in time; cancelled");
            }
            sleep(poll);
        }
    }

    @Override
    public void cancelPending(String sessionId) {
        for (int jobId : ledger.endSession(sessionId)) {
            try {
                IppClient.Group g = ipp.jobAttributes(queue, jobId).groups(0x02).stream().findFirst().orElse(null);
                if (g != null && NOT_STARTED.contains(g.integer("job-state", 0))) {
                    cancelQuietly(jobId);
                    log.info("session ended: job {}-{} cancelled before it started", queue, jobId);
                }
            } catch (IOException e) {
                log.warn("cannot check job {}-{} at session end: {}", queue, jobId, e.getMessage());
            }
        }
    }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        if (level == HealthLevel.INTERNAL || phase() == Phase.CLOSED) return super.checkHealth(level);
        long t = System.nanoTime();
        Optional<PrintOutcome> refusal = printerCheck();
        return new HealthReport(kind(), id(), level, refusal.isEmpty(), refusal.map(PrintOutcome::detail).orElse(queue + " ready"),
                List.of(status().technicianDetail()), Duration.ofNanos(System.nanoTime() - t));
    }

    /** Reads the queue's state from CUPS, publishes it, and says why printing must not start, if it must not. */
    private Optional<PrintOutcome> printerCheck() {
        IppClient.Group p;
        try {
            IppClient.Response r = ipp.printerAttributes(queue);
            if (!r.ok()) {
                updateState(DeviceState.NO_DEVICE, "CUPS has no queue " + queue);
                return Optional.of(PrintOutcome.failed(Result.OFFLINE, "CUPS has no queue " + queue));
            }
            p = r.groups(0x04).stream().findFirst().orElseThrow(() -> new IOException("no printer attributes"));
        } catch (IOException e) {
            updateState(DeviceState.OFFLINE, "CUPS unreachable: " + e.getMessage());
            return Optional.of(PrintOutcome.failed(Result.OFFLINE, "CUPS unreachable: " + e.getMessage()));
        }
        List<String> reasons = p.texts("printer-state-reasons");
        boolean accepting = Boolean.TRUE.equals(p.first("printer-is-accepting-jobs"));
        int state = p.integer("printer-state", 0);
        String detail = queue + " state " + state + " accepting " + accepting + " reasons " + reasons + " " + p.text("printer-state-message");
        Result problem = null;
        if (has(reasons, "media-empty") || has(reasons, "media-needed")) problem = Result.PAPER_OUT;
        else if (has(reasons, "media-jam")) problem = Result.JAMMED;
        else if (has(reasons, "door-open") || has(reasons, "cover-open")) problem = Result.COVER_OPEN;
        else if (state == PRINTER_STOPPED || !accepting || has(reasons, "offline") || has(reasons, "shutdown")) problem = Result.OFFLINE;
        Supplies supplies = has(reasons, "media-low") ? Supplies.LOW : problem == Result.PAPER_OUT ? Supplies.OUT
                : problem == Result.JAMMED ? Supplies.JAMMED : Supplies.UNKNOWN;
        if (problem == null) {
            updateStatus(new DeviceStatus(kind(), id(), DeviceState.ONLINE, supplies, "device.state.online", detail,
                    supplies == Supplies.LOW ? SuggestedAction.REFILL : SuggestedAction.NONE, null));
            return Optional.empty();
        }
        DeviceState ds = problem == Result.OFFLINE ? DeviceState.OFFLINE
                : problem == Result.JAMMED ? DeviceState.HARDWARE_ERROR : DeviceState.USER_ERROR;
        SuggestedAction action = problem == Result.PAPER_OUT ? SuggestedAction.REFILL
                : problem == Result.OFFLINE ? SuggestedAction.RESET : SuggestedAction.CLEAR;
        updateStatus(new DeviceStatus(kind(), id(), ds, supplies, problem.citizenMessageKey(), detail, action, null));
        return Optional.of(PrintOutcome.failed(problem, detail));
    }

    private static boolean has(List<String> reasons, String prefix) {
        return reasons.stream().anyMatch(r -> r.startsWith(prefix));
    }

    private void cancelQuietly(int jobId) {
        try {
            IppClient.Response r = ipp.cancel(queue, jobId);
            if (!r.ok()) log.warn("cancel of job {}-{} refused: IPP status 0x{}", queue, jobId, Integer.toHexString(r.status()));
        } catch (IOException e) {
            log.warn("cannot cancel job {}-{}: {}", queue, jobId, e.getMessage());
        }
    }

    private Optional<PrintService> service() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).filter(s -> s.getName().equals(queue)).findFirst();
    }

    private static String sanitize(String title) {
        String t = title == null ? "document" : title.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves the caller's MDC as it was: the session owner may have set the key already. */
    private static void restore(String outerSession) {
        if (outerSession == null) MDC.remove("session");
        else MDC.put("session", outerSession);
    }
}
