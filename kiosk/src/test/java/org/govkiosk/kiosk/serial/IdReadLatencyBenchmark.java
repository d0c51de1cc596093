package org.govkiosk.kiosk.serial;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.idcard.CardListener;
import org.govkiosk.device.idcard.CardWatcher;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.device.idcard.SamReaderDriver;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.idcard.SampleCards;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Benchmark harness, not a test: "card placed" to "identity available" through a socat pty pair and real
 * jSSC, as a ratio to the 112 ms the 1295-byte read frame needs on a 115200-baud wire. Runs only with
 * {@code -Dgovkiosk.bench=true}; results and the command are in docs/performance.md.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IdReadLatencyBenchmark {
    private static final double WIRE_MS = 1295 * 10 * 1000.0 / 115200;
    private static final int RUNS = Integer.getInteger("govkiosk.bench.runs", 40);

    @Test
    void cardPlacedToIdentity() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark: run with -Dgovkiosk.bench=true");
        System.out.printf("wire time of the read frame at 115200 baud: %.1f ms; %d runs each, SAM delay 0%n", WIRE_MS, RUNS);
        for (String b : System.getProperty("govkiosk.bench.bauds", "115200,0").split(",")) {
            int baud = Integer.parseInt(b.trim());
            measureReadOnce(baud);
            for (String poll : System.getProperty("govkiosk.bench.polls", "300ms,100ms,50ms,20ms").split(",")) {
                measureWatcher(baud, poll.trim());
            }
        }
    }

    private static KioskConfig config(String poll) {
        return KioskConfig.defaults().with(Map.of("idcard.pollInterval", poll, "serial.presencePoll", "1s"));
    }

    /** The driver alone: one find -> select -> read (-> appended address) with the card already there. */
    private void measureReadOnce(int baud) throws Exception {
        try (SocatPair socat = SocatPair.start()) {
            SamReaderEmulator emu = new SamReaderEmulator(JsscLink.open(socat.devicePath(), 115200));
            emu.setWireBaud(baud);
            emu.start();
            KioskConfig c = config("300ms");
            for (boolean address : new boolean[] {true, false}) {
                KioskSettings cc = KioskSettings.bind(c.with(Map.of("idcard.readAppendedAddress", String.valueOf(address))));
                try (SamReaderDriver d = new SamReaderDriver(ReconnectingLink.jssc(socat.hostPath(), 115200, cc.serial()), cc.idCard())) {
                    d.start();
                    double[] ms = new double[RUNS];
                    for (int i = -5; i < RUNS; i++) {
                        emu.placeCard(EmulatedCard.of(SampleCards.residentId()));
                        long t0 = System.nanoTime();
                        d.readOnce().orElseThrow();
                        if (i >= 0) ms[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    report("readOnce, wire " + (baud == 0 ? "unpaced" : baud + " paced") + ", 30 03 " + (address ? "on " : "off"), ms);
                }
            }
            emu.close();
        }
    }

    /** What a citizen waits for: the watcher polling at its interval, the card placed at a random moment. */
    private void measureWatcher(int baud, String poll) throws Exception {
        try (SocatPair socat = SocatPair.start()) {
            SamReaderEmulator emu = new SamReaderEmulator(JsscLink.open(socat.devicePath(), 115200));
            emu.setWireBaud(baud);
            emu.start();
            KioskSettings c = KioskSettings.bind(config(poll));
            BlockingQueue<Long> readAt = new ArrayBlockingQueue<>(4);
            BlockingQueue<Long> removedAt = new ArrayBlockingQueue<>(4);
            try (SamReaderDriver d = new SamReaderDriver(ReconnectingLink.jssc(socat.hostPath(), 115200, c.serial()), c.idCard())) {
                d.start();
                CardWatcher w = CardWatcher.fromConfig(d, c.idCard());
                w.start(new CardListener() {
                    @Override public void cardRead(IdCardData data) { readAt.add(System.nanoTime()); }
                    @Override public void readFailed(DeviceException error) { System.out.println("failure: " + error.technicianDetail()); }
                    @Override public void cardRemoved() { removedAt.add(System.nanoTime()); }
                });
                double[] ms = new double[RUNS];
                for (int i = -3; i < RUNS; i++) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(50, 400)); // random phase against the poll
                    long t0 = System.nanoTime();
                    emu.placeCard(EmulatedCard.of(SampleCards.residentId()));
                    long t1 = readAt.poll(10, TimeUnit.SECONDS);
                    if (i >= 0) ms[i] = (t1 - t0) / 1e6;
                    emu.removeCard();
                    removedAt.poll(10, TimeUnit.SECONDS);
                }
                w.stop();
                report("watcher poll " + poll + ", wire " + (baud == 0 ? "unpaced" : baud + " paced"), ms);
            }
            emu.close();
        }
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0);
        double p50 = s[s.length / 2];
        double p95 = s[(int) Math.ceil(s.length * 0.95) - 1];
        System.out.printf("%-48s mean %6.1f ms  p50 %6.1f  p95 %6.1f  max %6.1f  | ratio to wire: mean %.2fx p95 %.2fx%n",
                what, mean, p50, p95, s[s.length - 1], mean / WIRE_MS, p95 / WIRE_MS);
    }

}
