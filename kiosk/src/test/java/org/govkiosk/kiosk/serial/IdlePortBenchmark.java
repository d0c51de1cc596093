package org.govkiosk.kiosk.serial;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jssc.SerialPort;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Benchmark harness, not a test (issue 15): the CPU a reader thread spends waiting on a quiet serial port, and
 * how late it sees a byte that arrives after a random silence, through a socat pty pair and real jSSC. Three
 * readers on the same kind of port in the same run:
 * <ul>
 *   <li>floor: jSSC's blocking {@code readBytes(1)} (select() in C: no CPU while waiting, but no timeout and no
 *       way to wake it on close, so the driver cannot use it),</li>
 *   <li>before: {@link JsscLink} with the earlier backoff (0.1 ms doubling to a 1 ms cap, approximated as
 *       waited/1 clamped to 0.1..1 ms),</li>
 *   <li>after: {@link JsscLink#BACKOFF}.</li>
 * </ul>
 * Runs only with {@code -Dgovkiosk.bench=true}; results and the command are in docs/performance.md.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IdlePortBenchmark {
    private static final int SECONDS = Integer.getInteger("govkiosk.bench.seconds", 20);
    private static final int BYTES = Integer.getInteger("govkiosk.bench.runs", 30);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void idlePortCpuAndLatency() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark: run with -Dgovkiosk.bench=true");
        System.out.printf("%ds quiet port per reader, then %d bytes after random silences of 50-400 ms%n", SECONDS, BYTES);
        Result floor = measure("floor: jSSC blocking readBytes(1)", null);
        Result before = measure("before: JsscLink, 0.1-1 ms naps", new ReadBackoff(100_000, 1_000_000, 1));
        Result after = measure("after: JsscLink.BACKOFF", JsscLink.BACKOFF);
        for (Result r : new Result[] {floor, before, after}) {
            System.out.printf("%-36s idle CPU %6.3f%% of a core  | byte latency p50 %6.2f ms  p95 %6.2f  max %6.2f"
                            + "  | vs floor: p50 +%.2f ms%n", r.name, r.cpuPercent, r.p50, r.p95, r.max, r.p50 - floor.p50);
        }
    }

    record Result(String name, double cpuPercent, double p50, double p95, double max) {}

    private Result measure(String name, ReadBackoff backoff) throws Exception {
        try (SocatPair socat = SocatPair.start()) {
            SerialPort device = new SerialPort(socat.devicePath());
            device.openPort();
            device.setParams(115200, 8, 1, 0);
            AtomicLong arrived = new AtomicLong();
            AtomicLong cpu = new AtomicLong();
            long quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            Thread reader;
            if (backoff == null) {
                SerialPort host = new SerialPort(socat.hostPath());
                host.openPort();
                host.setParams(115200, 8, 1, 0);
                reader = new Thread(() -> {
                    try {
                        long t0 = THREADS.getCurrentThreadCpuTime();
                        host.readBytes(1); // the wake-up byte after the quiet period
                        cpu.set(THREADS.getCurrentThreadCpuTime() - t0);
                        for (int i = 0; i < BYTES; i++) {
                            host.readBytes(1);
                            arrived.set(System.nanoTime());
                            synchronized (arrived) { arrived.notifyAll(); }
                        }
                        host.closePort();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "bench-reader");
            } else {
                JsscLink host = JsscLink.open(socat.hostPath(), 115200, backoff);
                reader = new Thread(() -> {
                    byte[] b = new byte[64];
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    readOne(host, b);
                    cpu.set(THREADS.getCurrentThreadCpuTime() - t0);
                    for (int i = 0; i < BYTES; i++) {
                        readOne(host, b);
                        arrived.set(System.nanoTime());
                        synchronized (arrived) { arrived.notifyAll(); }
                    }
                    host.close();
                }, "bench-reader");
            }
            reader.start();
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(quietUntil - System.nanoTime())));
            long quietNanos = SECONDS * 1_000_000_000L;
            device.writeBytes(new byte[] {0x55});
            Thread.sleep(200);
            double[] ms = new double[BYTES];
            for (int i = 0; i < BYTES; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(50, 400));
                long before = arrived.get();
                long t0 = System.nanoTime();
                device.writeBytes(new byte[] {(byte) i});
                synchronized (arrived) {
                    while (arrived.get() == before) arrived.wait(1000);
                }
                ms[i] = (arrived.get() - t0) / 1e6;
            }
            reader.join(5000);
            device.closePort();
            Arrays.sort(ms);
            return new Result(name, cpu.get() * 100.0 / quietNanos, ms[BYTES / 2], ms[(int) Math.ceil(BYTES * 0.95) - 1], ms[BYTES - 1]);
        }
    }

    private static void readOne(JsscLink link, byte[] b) {
        while (true) {
            try {
                if (link.read(b, 0, b.length, Duration.ofSeconds(1)) > 0) return;
            } catch (LinkException e) {
                if (e.kind() != LinkException.Kind.TIMEOUT) throw new IllegalStateException(e);
            }
        }
    }
}
