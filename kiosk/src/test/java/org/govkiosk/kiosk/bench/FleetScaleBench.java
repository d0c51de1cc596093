package org.govkiosk.kiosk.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.fleet.FleetPublisher;
import org.govkiosk.fleet.FleetSettings;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.testing.MosquittoBroker;
import org.govkiosk.testing.MqttTap;
import picocli.CommandLine;

/**
 * Timing harness (not a test): N simulated kiosks in one JVM, each a real {@link FleetPublisher} (Paho client,
 * Last Will, retained status, buffered events) sharing ONE scheduler thread, against one local Mosquitto.
 * Their status is a payload of a real kiosk's size (7 devices, ~1.3 KB), republished every interval and on
 * random changes; events at random. Measures connect time, publish rate, broker CPU and memory, what an
 * operator's subscriber receives, the `kiosk.jar fleet` listing of all of them, and reconnection of the whole
 * fleet after a broker restart. Args: [kiosks=500] [seconds=60] [statusIntervalSeconds=10]. Results go in
 * docs/performance.md.
 */
public final class FleetScaleBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int interval = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = Files.createTempDirectory("fleet-bench");
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"))) {
            run(broker, n, seconds, interval);
        }
        System.exit(0);
    }

    static String status(String zone, String kiosk, String availability, String receipt, Instant started) {
        StringBuilder d = new StringBuilder();
        String[][] devices = {{"idcard", "ID_CARD_READER", "NOT_APPLICABLE"}, {"camera", "CAMERA", "NOT_APPLICABLE"},
                {"qr", "QR_SCANNER", "NOT_APPLICABLE"}, {"a4", "DOCUMENT_PRINTER", "FULL"}, {"receipt", "RECEIPT_PRINTER", receipt},
                {"indicators", "INDICATORS", "NOT_APPLICABLE"}, {"sensors", "SENSORS", "FULL"}};
        for (String[] x : devices) {
            if (d.length() > 0) d.append(',');
            d.append("{\"id\":\"").append(x[0]).append("\",\"kind\":\"").append(x[1]).append("\",\"state\":\"ONLINE\",\"supplies\":\"")
                    .append(x[2]).append("\",\"usable\":true}");
        }
        Instant now = Instant.now();
        return "{\"schema\":1,\"kiosk\":\"" + kiosk + "\",\"zone\":\"" + zone + "\",\"availability\":\"" + availability + "\",\"reasons\":"
                + (availability.equals("OUT_OF_SERVICE") ? "[\"HARDWARE\"]" : "[]") + ",\"devices\":[" + d + "],\"paper\":{\"a4\":\"FULL\",\"receipt\":\""
                + receipt + "\"},\"version\":\"0.1.0\",\"startedAt\":\"" + started + "\",\"uptimeSeconds\":" + Duration.between(started, now).toSeconds()
                + ",\"lastSessionEnd\":\"" + now.minusSeconds(42) + "\",\"at\":\"" + now + "\",\"counters\":{\"sessions\":17,\"prints\":9,\"receipts\":4,"
                + "\"errors\":{},\"eventsDropped\":0},\"notice\":\"\",\"disabledItems\":[]}";
    }

    private static void run(MosquittoBroker broker, int n, int seconds, int interval) throws Exception {
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-sim");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService sim = Executors.newSingleThreadScheduledExecutor();
        List<FleetPublisher> kiosks = new ArrayList<>();
        String[] availability = new String[n];
        String[] receipt = new String[n];
        Instant started = Instant.now();
        MqttTap operator = MqttTap.open(broker.url(), "govkiosk/#");
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i;
            availability[k] = "AVAILABLE";
            receipt[k] = "FULL";
            String zone = "sim" + (i % 5);
            String id = String.format("SIM-%04d", i);
            FleetSettings s = FleetSettings.from(KioskConfig.defaults().with(Map.of("fleet.mqtt.url", broker.url(), "kiosk.id", id,
                    "fleet.zone", zone, "fleet.statusInterval", interval + "s", "fleet.reconnect.min", "1s", "fleet.reconnect.max", "30s"))).orElseThrow();
            FleetPublisher p = new FleetPublisher(s, () -> status(zone, id, availability[k], receipt[k], started), c -> {}, loop, Clock.systemUTC());
            kiosks.add(p);
            p.start();
        }
        while (kiosks.stream().anyMatch(p -> !p.connected())) Thread.sleep(20);
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d kiosks connected in %.2f s (one scheduler thread; %d JVM threads)%n", n, connectSeconds,
                ManagementFactory.getThreadMXBean().getThreadCount());

        // Life: now and then a kiosk goes out of service or runs low on paper, and comes back; events at random.
        AtomicLong changes = new AtomicLong();
        sim.scheduleAtFixedRate(() -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (int i = 0; i < n; i++) {
                if (r.nextInt(interval * 20) == 0) {
                    availability[i] = availability[i].equals("AVAILABLE") ? (r.nextBoolean() ? "IN_SESSION" : "OUT_OF_SERVICE") : "AVAILABLE";
                    kiosks.get(i).statusChanged();
                    changes.incrementAndGet();
                }
                if (r.nextInt(interval * 40) == 0) {
                    receipt[i] = receipt[i].equals("FULL") ? "LOW" : receipt[i].equals("LOW") ? "OUT" : "FULL";
                    kiosks.get(i).event("{\"schema\":1,\"kiosk\":\"SIM\",\"kind\":\"paper-" + receipt[i].toLowerCase() + "\",\"at\":\"" + Instant.now() + "\"}");
                    kiosks.get(i).statusChanged();
                    changes.incrementAndGet();
                }
            }
        }, 100, 100, TimeUnit.MILLISECONDS);

        long pub0 = kiosks.stream().mapToLong(FleetPublisher::publishedMessages).sum();
        int seen0 = operator.all().size();
        long[] cpu0 = brokerCpuTicks(broker.pid());
        long jvmCpu0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long w0 = System.nanoTime();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Thread.sleep(seconds * 1000L);
        double wall = (System.nanoTime() - w0) / 1e9;
        long[] cpu1 = brokerCpuTicks(broker.pid());
        long jvmCpu1 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long pub1 = kiosks.stream().mapToLong(FleetPublisher::publishedMessages).sum();
        int seen1 = operator.all().size();
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double brokerCpu = ((cpu1[0] + cpu1[1]) - (cpu0[0] + cpu0[1])) / 100.0 / wall * 100;
        System.out.printf("window %.1f s (load average %.1f -> %.1f): kiosks published %.1f msg/s (%d random changes), operator received %.1f msg/s%n",
                wall, load0, load1, (pub1 - pub0) / wall, changes.get(), (seen1 - seen0) / wall);
        System.out.printf("broker CPU %.1f %% of one core (user %d + system %d ticks), RSS %s; simulator JVM CPU %.1f %% of one core%n",
                brokerCpu, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1], brokerRss(broker.pid()), (jvmCpu1 - jvmCpu0) / 1e9 / wall * 100);

        // The operator's listing, in-process, as `kiosk.jar fleet --broker URL` runs it.
        StringWriter out = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        long l0 = System.nanoTime();
        int code = cl.execute("fleet", "--broker", broker.url(), "--wait", "3s", "--timeout", "10");
        double listSeconds = (System.nanoTime() - l0) / 1e9;
        String first = out.toString().lines().findFirst().orElse("");
        long rows = out.toString().lines().filter(l -> l.startsWith("sim")).count();
        System.out.printf("kiosk.jar fleet listing: exit %d in %.2f s (3 s of it collecting), %d rows: %s%n", code, listSeconds, rows, first);
        if (rows != n) throw new AssertionError("the listing shows " + rows + " of " + n + " kiosks");

        // The whole fleet loses the broker and comes back: back-off with jitter spreads the reconnections.
        long r0 = System.nanoTime();
        broker.restart();
        long restarted = System.nanoTime();
        while (kiosks.stream().anyMatch(FleetPublisher::connected) && System.nanoTime() - r0 < 30_000_000_000L) Thread.sleep(20);
        while (kiosks.stream().anyMatch(p -> !p.connected()) && System.nanoTime() - r0 < 120_000_000_000L) Thread.sleep(50);
        long back = kiosks.stream().filter(FleetPublisher::connected).count();
        System.out.printf("broker restart (%.1f s): %d of %d kiosks reconnected %.1f s after it listened again%n",
                (restarted - r0) / 1e9, back, n, (System.nanoTime() - restarted) / 1e9);

        sim.shutdownNow();
        operator.close();
        for (FleetPublisher p : kiosks) p.close();
        loop.shutdownNow();
    }

    /** utime, stime of a process in clock ticks (USER_HZ = 100 on Linux). */
    private static long[] brokerCpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    }

    private static String brokerRss(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("VmRSS:\\s*", "")).findFirst().orElse("?");
    }
}
