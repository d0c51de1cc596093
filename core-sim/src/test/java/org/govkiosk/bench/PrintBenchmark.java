package org.govkiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.CertificateFixtures;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.device.receipt.ReceiptFactory;
import org.govkiosk.device.receipt.ReceiptFixtures;
import org.govkiosk.device.receipt.ReceiptLayout;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.govkiosk.i18n.Messages;

/**
 * Timing harness for docs/performance.md (not a unit test: timing never goes into assertions). Run with the
 * command in that file. Warm numbers: each measurement follows a warm-up of the same work.
 */
public final class PrintBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("print-bench");
        KioskSettings config = CertificateFixtures.config(dir);
        DemoSealAuthority authority = CertificateFixtures.authority(config);
        Map<String, ItemRecord> records = Map.of("HOUSING-INFO", CertificateFixtures.housingRecord(),
                "PENSION-PAY", CertificateFixtures.pensionRecord(70));
        CertificateFixtures.SealingGateway gateway = new CertificateFixtures.SealingGateway(authority, records);
        CertificateService service = new CertificateService(gateway, config);
        CitizenRef citizen = new CitizenRef("t", "张*");
        ServiceItem housing = CertificateFixtures.housing();
        ServiceItem pension = CertificateFixtures.pension();

        long cold = time(() -> issue(service, housing, citizen));
        System.out.printf("first certificate in this JVM (cold, incl. demo key generation and font parse): %d ms%n", cold / 1_000_000);
        report("certificate, 1 page (render + SM2 seal + CMS sign)", n, () -> issue(service, housing, citizen));
        report("certificate, 4 pages (70 table rows)", n, () -> issue(service, pension, citizen));
        byte[] pdf = service.issue("b", housing, citizen, Messages.ZH);
        CertificateVerifier verifier = new CertificateVerifier(authority.trustAnchors());
        report("verify certificate (CMS + trust + QR scan of page 1 + SM2)", n, () -> verifier.verify(pdf).valid() ? 0 : 1);

        ReceiptFactory factory = new ReceiptFactory(ReceiptFixtures.config());
        ReceiptLayout layout = new ReceiptLayout(48);
        report("receipt build + ESC/POS encoding", n * 200, () -> layout.encode(factory.paymentProof(ReceiptFixtures.socialInsurance(),
                ReceiptFixtures.socialInsuranceRecord(), "张三丰", Messages.ZH, ReceiptFixtures.PRINTED_AT)).size());

        PipeLink[] pipe = PipeLink.pair("bench");
        try (EscPosPrinterEmulator emulator = new EscPosPrinterEmulator(pipe[1], dir.resolve("receipts")).start()) {
            EscPosReceiptPrinter printer = new EscPosReceiptPrinter(pipe[0], ReceiptFixtures.config().receipt());
            printer.start();
            Receipt r = factory.paymentProof(ReceiptFixtures.socialInsurance(), ReceiptFixtures.socialInsuranceRecord(), "张三丰", Messages.ZH, ReceiptFixtures.PRINTED_AT);
            // A document prints at most once per session (PrintLedger): each print is its own session, as for citizens.
            java.util.concurrent.atomic.AtomicInteger session = new java.util.concurrent.atomic.AtomicInteger();
            report("receipt through driver + emulator (status before/after, PNG render), in-process pipe", Math.max(10, n / 2),
                    () -> printer.printReceipt(r, "b" + session.incrementAndGet()).printed() ? 0 : 1);
            printer.close();
        }

        report("scenario after the card read: identify + fetch record + sealed certificate ready", n, () -> {
            gateway.identify("b", null);
            gateway.fetchRecord("b", citizen, housing.code());
            return issue(service, housing, citizen);
        });
        System.out.printf("cpus=%d java=%s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    interface Work {
        long run() throws Exception;
    }

    private static long issue(CertificateService s, ServiceItem item, CitizenRef c) {
        try {
            return s.issue("b", item, c, Messages.ZH).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(LongSupplier w) {
        long t = System.nanoTime();
        w.getAsLong();
        return System.nanoTime() - t;
    }

    private static void report(String name, int n, Work w) throws Exception {
        for (int i = 0; i < Math.max(5, n / 5); i++) w.run();
        List<Long> t = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            w.run();
            t.add(System.nanoTime() - s);
        }
        Collections.sort(t);
        System.out.printf("%-90s n=%5d p50=%9.3f ms p99=%9.3f ms max=%9.3f ms%n", name, n,
                t.get(n / 2) / 1e6, t.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)) / 1e6, t.get(n - 1) / 1e6);
    }
}
