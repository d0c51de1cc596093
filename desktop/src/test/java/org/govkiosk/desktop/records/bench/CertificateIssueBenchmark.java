package org.govkiosk.desktop.records.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.SealPictureCache;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.desktop.records.EmbeddedRecordsService;
import org.govkiosk.i18n.Messages;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.sim.seal.DemoSealAuthority;

/**
 * Issue 15's real flow: a certificate issued through the HTTP client and the embedded records service over loopback
 * (grant, SM2 seal request, CMS signature request: three signed round trips, the department's content check, its
 * CMS with timestamp), and the first certificate after start against warm ones. "Start" = the service starts
 * with its department keys already on disk (a restart; the service loads them on a background thread) and the
 * kiosk side warms its renderer up as the launchers do; key generation (first start ever) happens before and is not
 * timed. Timing never goes into assertions.
 */
public final class CertificateIssueBenchmark {
    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        if (args.length > 1) {
            againstRunningService(n, java.net.URI.create(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("cert-http");
        Map<String, String> config = new java.util.HashMap<>(Map.of("certificate.demoSealDir", dir.resolve("seal").toString(),
                "certificate.sm2", "true", "records.service.citizens", "50", "records.service.identifyBurst", "1000000",
                "records.service.identifyPerMinute", "1000000"));
        String sealCache = System.getProperty("bench.sealCache");
        if (sealCache != null) config.put("certificate.sealCache", sealCache);
        KioskSettings base = KioskSettings.of(config);
        JsonCatalog catalog = JsonCatalog.load(base.catalog());
        // First start ever: keys are made, and the kiosk prints for every department before its restart (not timed).
        List<String> departments = catalog.everyItem().stream().map(i -> i.department().code()).distinct().toList();
        DemoSealAuthority before = new DemoSealAuthority(dir.resolve("seal"), DemoSealAuthority.departmentNames(catalog),
                FontLocator.find(base.screen().fontPath()).orElse(null));
        before.prepare(departments);
        if (sealCache != null) departments.forEach(d -> new SealPictureCache(Path.of(sealCache)).remember(before.sealImagePng(d)));

        long t0 = System.nanoTime();
        DemoSealAuthority seals = new DemoSealAuthority(dir.resolve("seal"), DemoSealAuthority.departmentNames(catalog),
                FontLocator.find(base.screen().fontPath()).orElse(null));
        try (EmbeddedRecordsService service = EmbeddedRecordsService.start(base, seals, 0)) {
            KioskSettings kiosk = base.with(Map.of("records.url", service.url().toString()));
            HttpRecordsGateway gateway = new HttpRecordsGateway(kiosk.records());
            CertificateService certificates = new CertificateService(gateway, kiosk);
            long heapBefore = heapAfterGc();
            long w0 = System.nanoTime();
            certificates.warmUp();
            long warmUpMillis = (System.nanoTime() - w0) / 1_000_000;
            long heapAfter = heapAfterGc();
            long started = System.nanoTime();
            // The first citizen comes after start-up's background work (the attract screen is up long before).
            boolean ready = service.awaitSealsPrepared(java.time.Duration.ofSeconds(60));
            long prepared = System.nanoTime();
            Run r = firstThenWarm(n, catalog, gateway, certificates);
            System.out.printf("start (service with keys on disk + kiosk warm-up): %d ms; department keys ready %d ms later (%s)%n",
                    (started - t0) / 1_000_000, (prepared - started) / 1_000_000, ready ? "done" : "NOT done");
            System.out.printf("kiosk warm-up %d ms; heap after GC before / after it: %.1f / %.1f MB (kept by the warm-up: %+.1f MB)%n",
                    warmUpMillis, heapBefore / 1e6, heapAfter / 1e6, (heapAfter - heapBefore) / 1e6);
            r.print("3 signed round trips + content check + SM2 + CMS + TSA");
            System.out.printf("cpus=%d java=%s load=%s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
        deleteTree(dir);
    }

    /**
     * Production's topology: the department's service runs in its own JVM and has served other kiosks; this JVM is
     * a kiosk that has just started (its warm-up done, as the launchers do) and issues its first certificate.
     */
    private static void againstRunningService(int n, java.net.URI url) throws Exception {
        Map<String, String> config = new java.util.HashMap<>(Map.of("certificate.sm2", "true", "records.url", url.toString()));
        // The seal pictures this kiosk printed before its restart (scripts/bench-first-certificate keeps them between
        // the JVMs it starts, as certificate.sealCache does on a kiosk); unset: a kiosk that never printed.
        String seals = System.getProperty("bench.sealCache");
        if (seals != null) config.put("certificate.sealCache", seals);
        KioskSettings kiosk = KioskSettings.of(config);
        JsonCatalog catalog = JsonCatalog.load(kiosk.catalog());
        HttpRecordsGateway gateway = new HttpRecordsGateway(kiosk.records());
        CertificateService certificates = new CertificateService(gateway, kiosk);
        certificates.warmUp();
        firstThenWarm(n, catalog, gateway, certificates).print("records service in its own JVM, already serving");
    }

    /** Times in ns of the first certificate and of n warm ones (sorted), after 20+ unmeasured ones. */
    private record Run(long first, int firstBytes, List<Long> warm) {
        void print(String what) {
            double p50 = warm.get(warm.size() / 2) / 1e6;
            System.out.printf("first certificate after start, over HTTP: %.1f ms (%d bytes)%n", first / 1e6, firstBytes);
            System.out.printf("warm certificate over HTTP (%s)  n=%d p50=%.2f ms p90=%.2f ms%n",
                    what, warm.size(), p50, warm.get(warm.size() * 9 / 10) / 1e6);
            System.out.printf("ratio first/warm: %.2f   (goal: within 2.0)%n", first / 1e6 / p50);
        }
    }

    private static Run firstThenWarm(int n, JsonCatalog catalog, HttpRecordsGateway gateway, CertificateService certificates)
            throws Exception {
        ServiceItem item = catalog.item("FC-002").orElseThrow();
        IdentityDocument d = DemoCitizens.NO_PROPERTY.document();
        CitizenRef lee = gateway.identify("b", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
        long f0 = System.nanoTime();
        byte[] first = certificates.issue("b", item, lee, Messages.ZH);
        long first1 = System.nanoTime() - f0;
        for (int i = 0; i < Math.max(20, n / 5); i++) certificates.issue("b", item, lee, Messages.ZH);
        List<Long> t = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            certificates.issue("b", item, lee, Messages.ZH);
            t.add(System.nanoTime() - s);
        }
        Collections.sort(t);
        return new Run(first1, first.length, t);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
