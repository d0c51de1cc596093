package org.govkiosk.device;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters per device (reads, errors, cuts, pages ...); cheap to bump from any thread. */
public final class DeviceStatistics {
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public void increment(String name) { add(name, 1); }

    public void add(String name, long delta) {
        counters.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(delta);
    }

    public long get(String name) {
        AtomicLong v = counters.get(name);
        return v == null ? 0 : v.get();
    }

    /** A sorted snapshot for display and export. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
