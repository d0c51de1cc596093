package org.govkiosk.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.govkiosk.device.Device;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;

/**
 * Runs {@code checkHealth} on every device at once, each with its own time limit, so one hung port cannot
 * stall the technician's screen. Blocking: call from a worker thread.
 */
public final class SelfTest {
    private final List<? extends Device> devices;
    private final Duration perDevice;

    public SelfTest(List<? extends Device> devices, Duration perDevice) {
        this.devices = List.copyOf(devices);
        this.perDevice = perDevice;
    }

    public SelfTestReport run(HealthLevel level) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, devices.size()), r -> {
            Thread t = new Thread(r, "self-test");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<HealthReport>> futures = new ArrayList<>();
            for (Device d : devices) futures.add(pool.submit(() -> d.checkHealth(level)));
            long deadline = System.nanoTime() + perDevice.toNanos();
            List<HealthReport> reports = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                reports.add(collect(devices.get(i), level, futures.get(i), deadline));
            }
            return new SelfTestReport(level, reports, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    private HealthReport collect(Device d, HealthLevel level, Future<HealthReport> f, long deadline) {
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return failed(d, level, "no answer within " + perDevice.toMillis() + " ms");
        } catch (ExecutionException e) {
            return failed(d, level, "health check threw " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(d, level, "self-test interrupted");
        }
    }

    private static HealthReport failed(Device d, HealthLevel level, String why) {
        return new HealthReport(d.kind(), d.id(), level, false, why, List.of(d.status().technicianDetail()), Duration.ZERO);
    }
}
