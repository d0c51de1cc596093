package org.govkiosk.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Pi4J's own mock platform: the real Pi4J API and I/O registry with in-memory pins (no GPIO here). */
final class MockGpio {
    private MockGpio() {}

    static Context context() {
        return Pi4J.newContextBuilder().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    }

    /** Debounce waits that run only when the test says time has passed. */
    static final class HandCrankedScheduler implements Debouncer.Scheduler {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public synchronized void schedule(Runnable task, Duration delay) {
            pending.add(task);
        }

        void settle() {
            List<Runnable> due;
            synchronized (this) {
                due = new ArrayList<>(pending);
                pending.clear();
            }
            due.forEach(Runnable::run);
        }

        synchronized int pending() { return pending.size(); }
    }
}
