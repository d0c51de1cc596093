package org.govkiosk.desktop.records.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.desktop.records.EmbeddedRecordsService;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.records.http.HttpRecordsGateway;

/**
 * Timing harness (not a test): catalog search per keystroke, records-service start-up with data generation,
 * and gateway latency on loopback with 1 and 50 concurrent clients. Run with scripts/bench-records; results
 * go to docs/performance.md by hand, with the machine's load noted.
 */
public final class RecordsBenchmark {
    private static final String[] TYPED = {"gjj", "gongjijin", "gongjijinjiaocun", "wfzm", "electricity bill", "公积金缴存", "医保缴费", "yibao", "pension"};
    private static final String[] ITEMS = {"FC-001", "FC-002", "BDC-004", "YB-002", "YL-002", "GJJ-002", "GJJ-005", "DW-001", "SW-001"};

    public static void main(String[] args) throws Exception {
        int citizens = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        search();
        KioskSettings cfg = KioskSettings.defaults().with(Map.of("records.service.citizens", String.valueOf(citizens),
                "records.service.identifyBurst", "100000000", "records.service.identifyPerMinute", "100000000"));
        long t0 = System.nanoTime();
        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(cfg, new NullSeals(), 0)) {
            System.out.printf("records-service start-up, %d citizens generated: %d ms (measured by caller: %d ms)%n",
                    s.citizens(), s.startupTime().toMillis(), (System.nanoTime() - t0) / 1_000_000);
            KioskSettings client = cfg.with(java.util.Map.of("records.url", s.url().toString()));
            gateway(client, 1, 2000);
            gateway(client, 50, 200);
        }
    }

    private static void search() {
        JsonCatalog c = JsonCatalog.load(KioskSettings.defaults().catalog());
        List<Long> ns = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            for (String word : TYPED) {
                for (int i = 1; i <= word.length(); i++) {
                    String q = word.substring(0, i);
                    long t = System.nanoTime();
                    c.search(q, 20);
                    if (round >= 100) ns.add(System.nanoTime() - t);
                }
            }
        }
        report("catalog search per keystroke (" + ns.size() + " keystrokes after warm-up)", ns, 1_000, "us");
    }

    private static void gateway(KioskSettings cfg, int clients, int callsEach) throws Exception {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> fs = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            int id = k;
            fs.add(pool.submit(() -> {
                // One gateway per client: each stands for a separate kiosk with its own connections.
                RecordsGateway g = new HttpRecordsGateway(cfg.records());
                IdentityDocument d = DemoCitizens.ALL.get(id % DemoCitizens.ALL.size()).document();
                CitizenRef ref = g.identify("bench-" + id, new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
                for (int i = 0; i < 50; i++) g.fetchRecord("bench-" + id, ref, ITEMS[i % ITEMS.length]);
                for (int i = 0; i < callsEach; i++) {
                    long t = System.nanoTime();
                    g.fetchRecord("bench-" + id, ref, ITEMS[i % ITEMS.length]);
                    all.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        report(String.format("gateway fetchRecord, %d concurrent client(s), %d calls, %.0f calls/s overall", clients, all.size(), all.size() / secs),
                all, 1_000_000, "ms");
    }

    private static void report(String what, List<Long> ns, double div, String unit) {
        List<Long> s = new ArrayList<>(ns);
        Collections.sort(s);
        System.out.printf("%s: p50 %.3f %s, p99 %.3f %s, max %.3f %s%n", what, s.get(s.size() / 2) / div, unit,
                s.get((int) (s.size() * 0.99)) / div, unit, s.get(s.size() - 1) / div, unit);
    }

    /** The benchmark never asks for signatures. */
    private static final class NullSeals implements org.govkiosk.certificate.SealAuthority {
        public byte[] sealImagePng(String d) { return new byte[0]; }
        public byte[] signCms(String d, byte[] h, byte[] c) { return new byte[0]; }
        public byte[] crl() { return new byte[0]; }
        public byte[] signSm2(String d, byte[] h) { return new byte[0]; }
        public List<java.security.cert.X509Certificate> chain(String d) { return List.of(); }
        public boolean demo() { return true; }
    }

}
